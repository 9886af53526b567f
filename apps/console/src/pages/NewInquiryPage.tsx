import { useQuery } from '@tanstack/react-query';
import { useNavigate } from 'react-router';

import { answer, api } from '../api/client';
import { CommandForm, type Field, text } from '../ui/command-form';
import { INQUIRY_DETAIL_FIELDS, inquiryDetails } from '../ui/inquiry-fields';
import { Page } from '../ui/page';

const FIELDS: readonly Field[] = [{ name: 'modelName', label: 'Model name', kind: 'text', required: true }, ...INQUIRY_DETAIL_FIELDS];

/** A developer asks whether its model is a covered frontier model, naming its previous version's engagement if it had one. */
export function NewInquiryPage() {
  const navigate = useNavigate();
  const own = useQuery({ queryKey: ['engagements', 'lineage'], queryFn: () => answer(api.GET('/v1/engagements', { params: { query: { limit: 100 } } })) });
  const fields: readonly Field[] = [
    ...FIELDS,
    {
      name: 'previousEngagementId',
      label: 'Previous version (optional)',
      hint: "The engagement of this model's previous version: whoever reviews both sees its determination.",
      kind: 'select',
      options: (own.data?.items ?? []).map((e) => ({ value: e.id, label: `${e.modelName} ${e.modelVersion}` })),
    },
  ];
  return (
    <Page title="New inquiry" confidential>
      <p className="usa-intro">Ask whether your model is a covered frontier model. Taking part is voluntary; you may withdraw at any time.</p>
      <CommandForm
        fields={fields}
        submitLabel="Submit inquiry"
        invalidates={[['engagements']]}
        send={(values, idempotencyKey) =>
          answer(
            api.POST('/v1/engagements', {
              params: { header: { 'Idempotency-Key': idempotencyKey } },
              body: {
                modelName: text(values, 'modelName'),
                ...inquiryDetails(values),
                ...(values['previousEngagementId'] ? { previousEngagementId: values['previousEngagementId'] } : {}),
              },
            }),
          )
        }
        onDone={async (created) => {
          await navigate(`/engagements/${created.id}`);
        }}
      />
    </Page>
  );
}
