import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, AlertHeading, Button, Fieldset, Label, Select, Table, TextInput } from '@trussworks/react-uswds';
import { type ChangeEvent, useId, useState } from 'react';

import { answer, api, idempotencyHeader, type Schemas } from '../api/client';
import { optionsOf, SECTOR_LABELS, STATES } from '../labels';
import { CommandForm, text } from '../ui/command-form';
import { DialogForm } from '../ui/dialog-form';
import { Page } from '../ui/page';
import { ProblemAlert } from '../ui/problem';

type Sector = Schemas['PartnerSector'];
type State = Schemas['CreatePartnerDto']['state'];
type Status = Schemas['VerificationStatus'];

const STATUS_LABELS: Record<Status, string> = { VERIFIED: 'Verified', PENDING: 'Pending verification', SUSPENDED: 'Suspended' };

function FilterSelect({
  label,
  value,
  onChange,
  options,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  options: { value: string; label: string }[];
}) {
  const id = useId();
  return (
    <div>
      <Label htmlFor={id}>{label}</Label>
      <Select id={id} name={label} value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">Any</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </Select>
    </div>
  );
}

/** CSV import: the file as it is, and the per-row report the API gives, as a table of row numbers and errors. */
function ImportCsv() {
  const id = useId();
  const queries = useQueryClient();
  const [file, setFile] = useState<File | undefined>(undefined);
  const upload = useMutation({
    mutationFn: async (csv: string) =>
      answer(
        api.POST('/v1/partners/import', {
          params: { header: idempotencyHeader(crypto.randomUUID()) },
          // The API takes the CSV as it is (text/csv); the typed body is the JSON form of the same rows.
          body: csv as unknown as Schemas['ImportPartnersDto'],
          bodySerializer: (body) => body as unknown as string,
          headers: { 'Content-Type': 'text/csv' },
        }),
      ),
    onSuccess: () => queries.invalidateQueries({ queryKey: ['partners'] }),
  });
  const report = upload.data;
  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Import from CSV</h2>
      <p>
        A header row, then one partner a row: <code>id,name,sector,state,status,contact_name,contact_email,contact_phone</code>. Rows with an id already
        registered update it.
      </p>
      <ProblemAlert error={upload.error} />
      <Label htmlFor={`${id}-file`}>CSV file</Label>
      <input
        className="usa-file-input"
        id={`${id}-file`}
        type="file"
        accept=".csv,text/csv"
        onChange={(event: ChangeEvent<HTMLInputElement>) => setFile(event.target.files?.[0])}
      />
      <Button type="button" className="margin-top-2" disabled={!file || upload.isPending} onClick={() => void file?.text().then((csv) => upload.mutate(csv))}>
        Import partners
      </Button>
      {report && (
        <div role="status">
          <Alert type={report.rejected.length ? 'warning' : 'success'}>
            <AlertHeading level="h3">
              {report.accepted} row{report.accepted === 1 ? '' : 's'} accepted ({report.created} new, {report.updated} updated), {report.rejected.length}{' '}
              rejected
            </AlertHeading>
          </Alert>
          {report.rejected.length > 0 && (
            <Table fullWidth>
              <caption>Rejected rows</caption>
              <thead>
                <tr>
                  <th scope="col">Row</th>
                  <th scope="col">Errors</th>
                </tr>
              </thead>
              <tbody>
                {report.rejected.map((row) => (
                  <tr key={row.row}>
                    <th scope="row">{row.row}</th>
                    <td>{row.errors.join('; ')}</td>
                  </tr>
                ))}
              </tbody>
            </Table>
          )}
        </div>
      )}
    </section>
  );
}

/** The partner registry, for program administrators: search, add, edit, suspend, import. */
export function PartnersPage() {
  const [sector, setSector] = useState('');
  const [state, setState] = useState('');
  const [status, setStatus] = useState('');
  const [name, setName] = useState('');
  const searchId = useId();
  const partners = useQuery({
    queryKey: ['partners', sector, state, status, name.trim()],
    placeholderData: keepPreviousData,
    queryFn: () =>
      answer(
        api.GET('/v1/partners', {
          params: {
            query: {
              limit: 100,
              ...(sector ? { sector: sector as Sector } : {}),
              ...(state ? { state: state as State } : {}),
              ...(status ? { status: status as Status } : {}),
              ...(name.trim() ? { q: name.trim() } : {}),
            },
          },
        }),
      ),
  });
  const items = partners.data?.items ?? [];
  return (
    <Page title="Partners">
      <Fieldset legend="Search the registry" className="console-filters">
        <div>
          <Label htmlFor={searchId}>Name or registry id</Label>
          <TextInput id={searchId} name="q" type="search" value={name} onChange={(event) => setName(event.target.value)} />
        </div>
        <FilterSelect label="Sector" value={sector} onChange={setSector} options={optionsOf(SECTOR_LABELS)} />
        <FilterSelect label="State" value={state} onChange={setState} options={STATES.map((code) => ({ value: code, label: code }))} />
        <FilterSelect label="Status" value={status} onChange={setStatus} options={optionsOf(STATUS_LABELS)} />
      </Fieldset>
      <ProblemAlert error={partners.error} />
      {items.length === 0 ? (
        <p>{partners.isPending ? 'Loading…' : 'No partner matches.'}</p>
      ) : (
        <Table fullWidth striped>
          <caption className="usa-sr-only">Partners matching the search, the first 100</caption>
          <thead>
            <tr>
              <th scope="col">Partner</th>
              <th scope="col">Sector</th>
              <th scope="col">State</th>
              <th scope="col">Status</th>
              <th scope="col">Edit</th>
            </tr>
          </thead>
          <tbody>
            {items.map((partner) => (
              <tr key={partner.id}>
                <th scope="row">
                  {partner.name} <span className="text-normal">({partner.id})</span>
                </th>
                <td>{SECTOR_LABELS[partner.sector]}</td>
                <td>{partner.state}</td>
                <td>{STATUS_LABELS[partner.status]}</td>
                <td>
                  <DialogForm label="Edit" heading={`Edit ${partner.name}`}>
                    {(close) => (
                      <CommandForm
                        fields={[
                          { name: 'name', label: 'Name', kind: 'text', required: true, initial: partner.name },
                          {
                            name: 'status',
                            label: 'Status',
                            kind: 'select',
                            required: true,
                            initial: partner.status,
                            options: optionsOf(STATUS_LABELS),
                            hint: 'Suspended stops every grant of the partner at once.',
                          },
                        ]}
                        submitLabel="Save partner"
                        invalidates={[['partners']]}
                        onDone={close}
                        send={(values, key) =>
                          answer(
                            api.PATCH('/v1/partners/{id}', {
                              params: { path: { id: partner.id }, header: idempotencyHeader(key) },
                              body: { name: text(values, 'name'), status: text(values, 'status') as Status },
                            }),
                          )
                        }
                      />
                    )}
                  </DialogForm>
                </td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      <section aria-labelledby="add-partner-heading">
        <h2 id="add-partner-heading">Add a partner</h2>
        <CommandForm
          fields={[
            { name: 'name', label: 'Name', kind: 'text', required: true },
            { name: 'id', label: 'Registry id', kind: 'text', hint: "Optional: the partner's people sign in with it as their organization. Made up if empty." },
            { name: 'sector', label: 'Sector', kind: 'select', required: true, options: optionsOf(SECTOR_LABELS) },
            { name: 'state', label: 'State', kind: 'select', required: true, options: STATES.map((code) => ({ value: code, label: code })) },
            {
              name: 'status',
              label: 'Verification',
              kind: 'select',
              required: true,
              initial: 'PENDING',
              options: optionsOf(STATUS_LABELS),
              hint: 'Only verified partners can be nominated.',
            },
            { name: 'contactName', label: 'Security contact name', kind: 'text', required: true },
            { name: 'contactEmail', label: 'Security contact email', kind: 'email', required: true },
          ]}
          submitLabel="Add partner"
          invalidates={[['partners']]}
          send={(values, key) =>
            answer(
              api.POST('/v1/partners', {
                params: { header: idempotencyHeader(key) },
                body: {
                  name: text(values, 'name'),
                  ...(text(values, 'id') ? { id: text(values, 'id') } : {}),
                  sector: text(values, 'sector') as Sector,
                  state: text(values, 'state') as State,
                  status: text(values, 'status') as Status,
                  contacts: [{ name: text(values, 'contactName'), email: text(values, 'contactEmail') }],
                },
              }),
            )
          }
        />
      </section>
      <ImportCsv />
    </Page>
  );
}
