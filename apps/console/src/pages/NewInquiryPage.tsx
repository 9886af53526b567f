import { useNavigate } from 'react-router';

import { answer, api } from '../api/client';
import { CommandForm, type Field } from '../ui/command-form';
import { Page } from '../ui/page';

const FIELDS: readonly Field[] = [
  { name: 'modelName', label: 'Model name', kind: 'text', required: true },
  { name: 'modelVersion', label: 'Model version', kind: 'text', required: true },
  {
    name: 'capabilitySummary',
    label: 'Capability summary',
    hint: 'Confidential: encrypted at rest and shown only to those with a need to know.',
    kind: 'textarea',
    required: true,
  },
  { name: 'contactEmail', label: 'Security contact email', kind: 'email', required: true },
  { name: 'plannedReleaseDate', label: 'Planned release date', hint: 'Optional, and informational only: nothing here gates a release.', kind: 'date' },
];

/** A developer asks whether its model is a covered frontier model. */
export function NewInquiryPage() {
  const navigate = useNavigate();
  return (
    <Page title="New inquiry" confidential>
      <p className="usa-intro">Ask whether your model is a covered frontier model. Taking part is voluntary; you may withdraw at any time.</p>
      <CommandForm
        fields={FIELDS}
        submitLabel="Submit inquiry"
        invalidates={[['engagements']]}
        send={(values, idempotencyKey) =>
          answer(
            api.POST('/v1/engagements', {
              params: { header: { 'Idempotency-Key': idempotencyKey } },
              body: {
                modelName: values['modelName']?.trim() ?? '',
                modelVersion: values['modelVersion']?.trim() ?? '',
                capabilitySummary: values['capabilitySummary']?.trim() ?? '',
                contactEmail: values['contactEmail']?.trim() ?? '',
                ...(values['plannedReleaseDate'] ? { plannedReleaseDate: values['plannedReleaseDate'] } : {}),
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
