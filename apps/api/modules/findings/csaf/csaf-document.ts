import { engagementReference, FindingEventType, FindingStatus, RemediationTier, TlpLabel } from '#domain';

/**
 * Findings as CSAF 2.0 security advisories (profile `csaf_security_advisory`), the format the
 * clearinghouse and the security world read. Pure: the caller hands in what it may show.
 */

export interface CsafFindingChange {
  readonly version: number;
  readonly type: FindingEventType;
  readonly toStatus: FindingStatus;
  readonly at: Date;
}

export interface CsafFinding {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly cweIds: readonly string[];
  readonly tier: RemediationTier;
  readonly inKev: boolean;
  readonly publiclyExposed: boolean;
  readonly automatable: boolean;
  readonly technicalImpact: string;
  readonly status: FindingStatus;
  readonly version: number;
  readonly recordedAt: Date;
  readonly remediationDueAt: Date | null;
  readonly history: readonly CsafFindingChange[];
}

export interface CsafEngagement {
  readonly id: string;
  readonly developerOrg: string;
  readonly modelName: string;
  readonly modelVersion: string;
  /** `sha256:<hex>` (or another algorithm), the artifact the window opened on. */
  readonly artifactDigest: string | null;
}

export interface CsafOptions {
  readonly tlp: TlpLabel;
  /** The publisher's namespace: a URL of the program. */
  readonly namespace: string;
  readonly generatedAt: Date;
  readonly engineVersion: string;
}

/** A CWE id and its name in the CWE catalogue (CSAF requires both, and checks they match). */
export type CweNames = (id: string) => string | undefined;

type Json = { [key: string]: unknown };

const PRODUCT_ID = 'CSAFPID-MODEL';
const TLP_URL = 'https://www.first.org/tlp/';
const iso = (date: Date): string => date.toISOString();

const DUE_DAYS: Record<RemediationTier, string> = {
  [RemediationTier.FixOnUpgrade]: 'fix on system upgrade (no deadline)',
  [RemediationTier.Days60]: 'remediate within 60 days',
  [RemediationTier.Days14]: 'remediate within 14 days',
  [RemediationTier.Days3]: 'remediate within 3 days',
  [RemediationTier.Days3Forensic]: 'remediate within 3 days and triage whether the asset is already compromised',
};

const CHANGE_SUMMARY: Record<FindingEventType, string> = {
  [FindingEventType.Responded]: 'The developer answered the finding',
  [FindingEventType.FixVerified]: 'A reviewer verified the fix',
  [FindingEventType.Reopened]: 'A reviewer found the fix did not hold; the finding was reopened',
  [FindingEventType.DisputeKept]: "A reviewer kept the finding against the developer's dispute",
  [FindingEventType.Withdrawn]: 'A reviewer withdrew the finding after a dispute',
  [FindingEventType.Closed]: 'The finding was closed',
  [FindingEventType.Edited]: 'A reviewer corrected the finding',
  [FindingEventType.Overdue]: 'The remediation due date passed',
  [FindingEventType.Shared]: 'The developer shared the finding with the clearinghouse',
  [FindingEventType.Validated]: 'The clearinghouse recorded its validation',
};

/** The TLP a document carries unless the developer chose otherwise: RED before the model's release, AMBER after. */
export function defaultTlp(released: boolean): TlpLabel {
  return released ? TlpLabel.Amber : TlpLabel.Red;
}

function productTree(engagement: CsafEngagement): Json {
  const [algorithm, value] = (engagement.artifactDigest ?? '').split(':');
  const product: Json = {
    product_id: PRODUCT_ID,
    name: `${engagement.developerOrg} ${engagement.modelName} ${engagement.modelVersion}`,
    ...(algorithm && value
      ? {
          product_identification_helper: {
            hashes: [{ filename: `${engagement.modelName}-${engagement.modelVersion}`, file_hashes: [{ algorithm, value }] }],
          },
        }
      : {}),
  };
  return {
    branches: [
      {
        category: 'vendor',
        name: engagement.developerOrg,
        branches: [
          { category: 'product_name', name: engagement.modelName, branches: [{ category: 'product_version', name: engagement.modelVersion, product }] },
        ],
      },
    ],
  };
}

/** Withdrawn after a dispute: the product was found not affected. */
const withdrawn = (f: CsafFinding): boolean => f.status === FindingStatus.Closed && f.history.some((e) => e.type === FindingEventType.Withdrawn);
const verified = (f: CsafFinding): boolean =>
  f.status === FindingStatus.VerifiedFixed || (f.status === FindingStatus.Closed && f.history.some((e) => e.type === FindingEventType.FixVerified));

function productStatus(f: CsafFinding): Json {
  if (withdrawn(f)) return { known_not_affected: [PRODUCT_ID] };
  if (verified(f)) return { fixed: [PRODUCT_ID] };
  if (f.status === FindingStatus.Disputed) return { under_investigation: [PRODUCT_ID] };
  return { known_affected: [PRODUCT_ID] };
}

function remediations(f: CsafFinding): Json[] {
  const due = f.remediationDueAt ? ` by ${iso(f.remediationDueAt)}` : '';
  if (withdrawn(f)) return [];
  if (verified(f)) {
    const at = [...f.history].reverse().find((e) => e.type === FindingEventType.FixVerified)?.at;
    return [
      {
        category: 'vendor_fix',
        details: 'Fixed by the developer; the fix was verified by a government reviewer.',
        product_ids: [PRODUCT_ID],
        ...(at ? { date: iso(at) } : {}),
      },
    ];
  }
  if (f.status === FindingStatus.Fixed) {
    return [{ category: 'vendor_fix', details: 'The developer reports a fix; verification by a government reviewer is pending.', product_ids: [PRODUCT_ID] }];
  }
  return [{ category: 'none_available', details: `No fix yet: ${DUE_DAYS[f.tier]}${due} (CISA BOD 26-04 tier ${f.tier}).`, product_ids: [PRODUCT_ID] }];
}

function vulnerability(f: CsafFinding, cweNames: CweNames): Json {
  const cwes = f.cweIds.map((id) => ({ id, name: cweNames(id) })).filter((c): c is { id: string; name: string } => c.name !== undefined);
  const [cwe, ...otherCwes] = cwes;
  const remedies = remediations(f);
  const ssvc = `KEV: ${f.inKev ? 'yes' : 'no'}; publicly exposed: ${f.publiclyExposed ? 'yes' : 'no'}; automatable: ${f.automatable ? 'yes' : 'no'}; technical impact: ${f.technicalImpact.toLowerCase()}`;
  return {
    title: f.title,
    ids: [{ system_name: 'EO 14409 pre-release access finding', text: f.id }],
    ...(cwe ? { cwe } : {}),
    discovery_date: iso(f.recordedAt),
    notes: [
      { category: 'description', title: 'Description', text: f.description },
      { category: 'details', title: 'CISA BOD 26-04', text: `Tier ${f.tier}: ${DUE_DAYS[f.tier]}. SSVC inputs: ${ssvc}. Status: ${f.status}.` },
      ...(otherCwes.length > 0 || cwes.length < f.cweIds.length ? [{ category: 'other', title: 'All CWE ids', text: f.cweIds.join(', ') }] : []),
    ],
    product_status: productStatus(f),
    ...(remedies.length > 0 ? { remediations: remedies } : {}),
  };
}

interface Revision {
  readonly date: Date;
  readonly summary: string;
}

function revisionsOf(f: CsafFinding): Revision[] {
  return [{ date: f.recordedAt, summary: 'The finding was recorded' }, ...f.history.map((e) => ({ date: e.at, summary: CHANGE_SUMMARY[e.type] }))];
}

function tracking(id: string, revisions: readonly Revision[], final: boolean, options: CsafOptions): Json {
  const sorted = [...revisions].sort((a, b) => a.date.getTime() - b.date.getTime());
  const first = sorted[0]!;
  const last = sorted.at(-1)!;
  return {
    id,
    status: final ? 'final' : 'interim',
    version: String(sorted.length),
    initial_release_date: iso(first.date),
    current_release_date: iso(last.date),
    revision_history: sorted.map((r, index) => ({ number: String(index + 1), date: iso(r.date), summary: r.summary })),
    generator: { date: iso(options.generatedAt), engine: { name: 'frontier-access', version: options.engineVersion } },
  };
}

function documentOf(title: string, trackingPart: Json, options: CsafOptions): Json {
  return {
    category: 'csaf_security_advisory',
    csaf_version: '2.0',
    lang: 'en',
    title,
    distribution: { tlp: { label: options.tlp, url: TLP_URL } },
    publisher: {
      category: 'coordinator',
      name: 'EO 14409 voluntary pre-release access program',
      namespace: options.namespace,
    },
    notes: [
      {
        category: 'legal_disclaimer',
        title: 'Handling',
        text: 'CUI//PROPIN. Shared voluntarily by the developer under EO 14409 Sec. 3; handle under its confidentiality, cybersecurity and IP protections.',
      },
    ],
    tracking: trackingPart,
  };
}

/** One finding as its own advisory: tracked by the finding's id, revised with each change. */
export function findingAdvisory(engagement: CsafEngagement, finding: CsafFinding, cweNames: CweNames, options: CsafOptions): Json {
  const id = `${engagementReference(engagement.id)}-F-${finding.id.slice(0, 8).toUpperCase()}`;
  return {
    document: documentOf(finding.title, tracking(id, revisionsOf(finding), finding.status === FindingStatus.Closed, options), options),
    product_tree: productTree(engagement),
    vulnerabilities: [vulnerability(finding, cweNames)],
  };
}

/** An engagement's findings in one advisory: revised with each change to any of them. */
export function engagementAdvisory(engagement: CsafEngagement, findings: readonly CsafFinding[], cweNames: CweNames, options: CsafOptions): Json {
  const id = `${engagementReference(engagement.id)}-FINDINGS`;
  const revisions = findings.flatMap(revisionsOf);
  const final = findings.every((f) => f.status === FindingStatus.Closed);
  return {
    document: documentOf(`Findings in ${engagement.modelName} ${engagement.modelVersion}`, tracking(id, revisions, final, options), options),
    product_tree: productTree(engagement),
    vulnerabilities: findings.map((f) => vulnerability(f, cweNames)),
  };
}
