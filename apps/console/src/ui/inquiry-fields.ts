import { type Field, type FieldValues, text } from './command-form';

/** What an inquiry holds beside the model's name: asked when a developer opens one, and when it accepts a government request. */
export const INQUIRY_DETAIL_FIELDS: readonly Field[] = [
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

/** Those fields as the API takes them. */
export function inquiryDetails(values: FieldValues): { modelVersion: string; capabilitySummary: string; contactEmail: string; plannedReleaseDate?: string } {
  return {
    modelVersion: text(values, 'modelVersion'),
    capabilitySummary: text(values, 'capabilitySummary'),
    contactEmail: text(values, 'contactEmail'),
    ...(values['plannedReleaseDate'] ? { plannedReleaseDate: values['plannedReleaseDate'] } : {}),
  };
}
