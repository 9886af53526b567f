// Generated from the API's /openapi.json by `make console-types` (tools/console-types.ts). Do not edit.

export interface paths {
    "/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller as its token names it: subject, organization (and its kind) and roles */
        get: operations["MeController_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Start signing in: redirects to the identity provider (code flow, PKCE, state and nonce) */
        get: operations["SignInController_login"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/callback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Where the identity provider sends the browser back: starts the session and returns to returnTo */
        get: operations["SignInController_callback"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign out: ends the session here (Origin and X-CSRF-Token checked); the page then goes to endSessionUrl to end it at the identity provider */
        post: operations["SignInController_logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether PostgreSQL and Temporal are reachable */
        get: operations["HealthController_check"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/engagements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The engagements you may see, newest first */
        get: operations["EngagementsController_list"];
        put?: never;
        /** Open a designation inquiry for a model under development */
        post: operations["EngagementsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/engagements/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One engagement, with its timeline and due dates; confidential fields only with a need to know */
        get: operations["EngagementsController_detail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/engagements/{id}/reviewers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Assign reviewers (program administrator) */
        post: operations["EngagementsController_assignReviewers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/engagements/{id}/reviewers/{sub}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Unassign a reviewer (program administrator): their access to the engagement's content ends at once */
        delete: operations["EngagementsController_unassignReviewer"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/engagements/{id}/recusal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Recuse from the engagement, in the capacity you hold on it; your access to its content ends at once */
        post: operations["EngagementsController_recuse"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/engagements/{id}/attestations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Attest that you have no conflict of interest (assigned reviewer, or the deciding authority) */
        post: operations["EngagementsController_attest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/engagements/{id}/benchmark-results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a classified benchmark result by reference only */
        post: operations["EngagementsController_recordBenchmark"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/engagements/{id}/recommendation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Recommend COVERED or NOT_COVERED (assigned, attested reviewer) */
        post: operations["EngagementsController_recommend"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/engagements/{id}/determination": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Issue the determination (a designation authority other than the recommender) */
        post: operations["EngagementsController_determine"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/engagements/{id}/reconsideration": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ask, once and within 30 days, for a determination to be decided again by a different authority: from DESIGNATED (before any window or partner) or CLOSED_NOT_COVERED, to RECONSIDERATION */
        post: operations["EngagementsController_reconsider"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/engagements/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Withdraw, at any stage before the engagement ends */
        post: operations["EngagementsController_withdraw"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/engagements/{id}/disposal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Have a withdrawn engagement's confidential content disposed of now, once the retention schedule's hold after the withdrawal has passed (DISPOSAL_AFTER_WITHDRAWAL): its data key is destroyed, so nothing it sealed opens again; metadata, digests and the audit trail stay */
        post: operations["EngagementsController_dispose"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/engagements/{id}/access-window": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Open the pre-release access window: up to 30 days, voluntary, never extended */
        post: operations["EngagementsController_openWindow"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/engagements/{id}/access-window/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End the window early: every reviewer token stops working at once */
        post: operations["EngagementsController_endWindow"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/engagements/{id}/decline-access": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Decline pre-release access and go straight on to partner selection */
        post: operations["EngagementsController_declineAccess"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/engagements/{id}/release": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record the public release; never gated, and it ends any window at once */
        post: operations["EngagementsController_release"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/engagements/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close the engagement after designation; ends any window */
        post: operations["EngagementsController_close"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/engagement-changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What changed among the engagements you may see: ids, versions and stages since the cursor. Not audited: it carries no content */
        get: operations["EngagementChangesController_changes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/engagements/{id}/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An engagement's audit events, in chain order */
        get: operations["AuditController_forEngagement"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The audit trail across the program, by engagement, actor, action, subject type and time; events about no engagement included */
        get: operations["AuditController_search"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/audit/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The audit trail as NDJSON, streamed: a header (marked CUI//PROPIN), each event with its hash and link, the signed checkpoints among them, and an end line; check it with npm run audit:verify -- --file */
        get: operations["AuditController_export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/audit/checkpoints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The audit chain's signed checkpoints, in the order written, with the public keys that check them */
        get: operations["AuditController_checkpoints"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/audit/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Walk the whole hash chain and name the first broken event */
        get: operations["AuditController_verify"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/engagements/{id}/findings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The engagement's findings, filtered by status, tier and whether overdue (developer, attested reviewers, auditors; never partners) */
        get: operations["FindingsController_list"];
        put?: never;
        /** Record a finding during the window; the BOD 26-04 tier and due date are computed */
        post: operations["FindingsController_record"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/engagements/{id}/findings/{findingId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One finding with every change since it was recorded */
        get: operations["FindingsController_detail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Correct a finding's text or SSVC inputs while it is OPEN; the tier and due date are recomputed */
        patch: operations["FindingsController_edit"];
        trace?: never;
    };
    "/v1/engagements/{id}/findings/{findingId}/verification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Check a fix the developer reported: VERIFIED_FIXED, or REOPENED when it does not hold */
        post: operations["FindingsController_verifyFix"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/engagements/{id}/findings/{findingId}/dispute-resolution": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Resolve a dispute with a rationale: KEPT (the finding stands, REOPENED) or WITHDRAWN (CLOSED) */
        post: operations["FindingsController_resolveDispute"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/engagements/{id}/findings/share-request": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ask the developer to share findings with the clearinghouse (a notice to the developer; only the developer's share counts) */
        post: operations["FindingsController_requestSharing"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/engagements/{id}/findings/{findingId}/share": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Share a finding with the clearinghouse, optionally naming the TLP label of its exports */
        post: operations["FindingsController_share"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/engagements/{id}/findings/{findingId}/validation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The clearinghouse validates a shared finding: VALIDATED, DUPLICATE_OF another shared finding, or NOT_REPRODUCIBLE */
        post: operations["FindingsController_validate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/engagements/{id}/findings/{findingId}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close a finding whose fix was verified */
        post: operations["FindingsController_close"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/engagements/{id}/findings/{findingId}/response": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Answer a finding: ACKNOWLEDGED, FIXED or DISPUTED, with a note */
        post: operations["FindingsController_respond"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/clearinghouse/findings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Findings developers shared with the clearinghouse, across engagements: most urgent tier first, newest within it */
        get: operations["ClearinghouseController_queue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/engagements/{id}/findings/{findingId}/csaf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One finding as a CSAF 2.0 security advisory (its developer; the clearinghouse once it is shared) */
        get: operations["CsafController_finding"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/engagements/{id}/csaf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The engagement's findings as one CSAF 2.0 advisory: all of them for its developer, the shared ones for the clearinghouse */
        get: operations["CsafController_engagement"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/engagements/{id}/remediation-notices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The engagement's remediation notices, with which partners have acknowledged each */
        get: operations["EngagementRemediationController_notices"];
        put?: never;
        /** Tell trusted partners to update: fixed version, digest and instruction; the urgency comes from the most urgent finding it fixes, never named */
        post: operations["EngagementRemediationController_publish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/engagements/{id}/partner-reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Problems trusted partners reported (developer, attested reviewers, auditors) */
        get: operations["EngagementRemediationController_partnerReports"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/engagements/{id}/partner-reports/{reportId}/share": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Share a partner's report with the clearinghouse */
        post: operations["EngagementRemediationController_share"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/grants/{id}/remediation-notices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Remediation notices on an active or suspended grant: what to update to and how urgently */
        get: operations["GrantRemediationController_notices"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/grants/{id}/remediation-notices/{noticeId}/acknowledgement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Acknowledge a remediation notice (once; a repeat answers as before) */
        post: operations["GrantRemediationController_acknowledge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/grants/{id}/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The problems this partner reported on this grant */
        get: operations["GrantRemediationController_ownReports"];
        put?: never;
        /** Report a problem found with early access (an active grant); it reaches the developer, sealed */
        post: operations["GrantRemediationController_report"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/clearinghouse/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Partners' reports developers shared with the clearinghouse, newest first (never the partner that made them) */
        get: operations["ClearinghouseReportsController_shared"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/statistics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Program statistics over the engagements submitted in ?from=&to=, every cell under 5 suppressed ("<5", with its complement); CSV with Accept: text/csv */
        get: operations["StatisticsController_read"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Government requests, newest first: every one for program administrators, your organization's for developers */
        get: operations["InquiryRequestsController_list"];
        put?: never;
        /** Ask a developer organization to open an inquiry about a named model, by a deadline; its answer is voluntary (program administrators) */
        post: operations["InquiryRequestsController_open"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/requests/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One government request */
        get: operations["InquiryRequestsController_detail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/requests/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept a request while it is OPEN: it becomes an inquiry as any other, about the model it names, submitted by you */
        post: operations["InquiryRequestsController_accept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/requests/{id}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Decline a request while it is OPEN: it ends as DECLINED */
        post: operations["InquiryRequestsController_decline"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/engagements/{id}/consultations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Consult another government organization before deciding, by a deadline (an authority attested as one, while RECOMMENDED); nobody decides until it is answered or its deadline has passed */
        post: operations["EngagementConsultationsController_ask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/engagements/{id}/consultations/{consultationId}/answer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Answer a consultation asked of your organization, once, before its deadline (its designation authorities) */
        post: operations["EngagementConsultationsController_answer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/consultations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Consultations asked of your organization, and those you asked, newest first: without their text */
        get: operations["ConsultationsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/consultations/{consultationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One consultation with its question and answer, and its engagement's metadata: for the organization consulted, whoever sees the engagement in full, and auditors */
        get: operations["ConsultationsController_detail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/engagements/{id}/record": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The engagement's whole record for retention, as a signed JWS (auditors: all of it; its developer: what its people can read) */
        get: operations["RecordsController_record"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/.well-known/record-keys.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Public keys for checking exported engagement records (their own keys, not the access tokens') */
        get: operations["RecordsController_keys"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/engagements/{id}/access-tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A short-lived access token for the model gateway (assigned, attested reviewer; window open) */
        post: operations["TokensController_issue"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/grants/{id}/access-tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A short-lived access token for the model gateway under the partner's active grant */
        post: operations["TokensController_issueForGrant"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/.well-known/jwks.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Public keys for verifying access tokens offline: the current and the previous key */
        get: operations["TokensController_jwks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/revocations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What ended in your organization's engagements since the cursor (grants, windows, single tokens), signed, for a gateway that verifies tokens offline: poll it every second or so and refuse what it lists */
        get: operations["TokensController_revocations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tokens/introspect": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** RFC 7662 introspection for the developer's gateway; only its own engagements' tokens can be active */
        post: operations["TokensController_introspect"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/organizations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The registered organizations and their kinds, in id order */
        get: operations["OrganizationsController_list"];
        put?: never;
        /** Register an organization with its kind, which bounds the roles its people's tokens may claim */
        post: operations["OrganizationsController_register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/organizations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Rename an organization or change its kind (a partner in the registry stays a PARTNER) */
        patch: operations["OrganizationsController_update"];
        trace?: never;
    };
    "/v1/people": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The people in the directory, by role, organization or part of a sub, name or email, in sub order */
        get: operations["PeopleController_list"];
        put?: never;
        /** Pre-register a person, so they can be assigned before their first sign-in */
        post: operations["PeopleController_register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/people/{sub}/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Disable a person at once: their sessions end, their tokens are refused, their reviewer assignments end */
        post: operations["PeopleController_disable"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/gateway-clients": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your organization's gateway clients */
        get: operations["GatewayClientsController_list"];
        put?: never;
        /** Register a gateway client at the identity provider: client credentials that may only introspect; the secret is shown once */
        post: operations["GatewayClientsController_register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/gateway-clients/{clientId}/rotate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A new secret (as a new client); the old one keeps working for the grace period, then is refused */
        post: operations["GatewayClientsController_rotate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/gateway-clients/{clientId}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Revoke a gateway client at once: its tokens are refused from the next request */
        post: operations["GatewayClientsController_revoke"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your notices, newest first, with how many are unread */
        get: operations["NotificationsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/notifications/preferences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The notice kinds you chose not to be mailed, and every kind with whether it may be turned off */
        get: operations["NotificationsController_preferences"];
        /** Choose the notice kinds not to be mailed (not the critical ones); the inbox keeps every kind */
        put: operations["NotificationsController_setPreferences"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/notifications/read-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark every notice of yours read */
        post: operations["NotificationsController_readAll"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/notifications/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark one notice of yours read (another person’s is not found) */
        post: operations["NotificationsController_read"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your organization's webhook endpoints (never their secrets) */
        get: operations["WebhooksController_list"];
        put?: never;
        /** Register an endpoint for the notice kinds your organization wants (["*"] for all): deliveries are signed to the Standard Webhooks specification with the secret shown once here */
        post: operations["WebhooksController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One of your endpoints: whether it is on, its last success, since when it has been failing */
        get: operations["WebhooksController_get"];
        put?: never;
        post?: never;
        /** Delete an endpoint: nothing more is sent to it, deliveries under way included */
        delete: operations["WebhooksController_remove"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{id}/rotate-secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A new signing secret, shown once; the old one still signs beside it (a second signature) until previousSecretUntil, so the receiver can switch */
        post: operations["WebhooksController_rotateSecret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{id}/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Turn an endpoint that was turned off (it kept failing) on again; resend what it missed from its delivery log */
        post: operations["WebhooksController_enable"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An endpoint's delivery log, newest first: each delivery's status, last status code and time, and attempts */
        get: operations["WebhooksController_deliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{id}/deliveries/{deliveryId}/resend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a delivery again, now, with the same webhook-id, whatever became of it before */
        post: operations["WebhooksController_resend"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/partners": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The registry, in id order */
        get: operations["PartnersController_list"];
        put?: never;
        /** Add a trusted-partner organization (VERIFIED unless said otherwise) */
        post: operations["PartnersController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/partners/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import up to 50,000 partners (JSON rows or CSV); bad rows come back with their errors */
        post: operations["PartnersController_import"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/partners/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One partner with its contacts (an audited read) */
        get: operations["PartnersController_detail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Rename, re-verify or suspend a partner, or replace its contacts */
        patch: operations["PartnersController_update"];
        trace?: never;
    };
    "/v1/partners/{id}/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A partner's security contacts (an audited read): a partner's people read their own organization's */
        get: operations["PartnersController_readContacts"];
        /** Replace a partner's security contacts: a partner's people keep their own organization's current */
        put: operations["PartnersController_replaceContacts"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/partner-directory": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Verified partners in id order: name, sector and state (what a nomination may name) */
        get: operations["PartnerDirectoryController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/engagements/{id}/nominations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The engagement's nominations */
        get: operations["NominationsController_list"];
        put?: never;
        /** Nominate trusted partners (a list of up to 10,000, or a sector/state filter); the other side approves */
        post: operations["NominationsController_nominate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/engagements/{id}/nominations/{nominationId}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve a nomination by the other side (never your own); its grants are created */
        post: operations["NominationsController_approve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/engagements/{id}/nominations/{nominationId}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Decline a nomination (either side) */
        post: operations["NominationsController_decline"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/engagements/{id}/partner-terms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The partner terms in force */
        get: operations["PartnerTermsController_current"];
        /** Publish partner terms; every earlier acceptance lapses and active grants are suspended until re-accepted */
        put: operations["PartnerTermsController_publish"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/grants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Grants you may see: a partner its own, a developer its engagements' */
        get: operations["GrantsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/grants/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One grant, with the terms in force */
        get: operations["GrantsController_detail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/grants/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept the exact terms in force (version and hash); the grant becomes ACTIVE */
        post: operations["GrantsController_accept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/grants/{id}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Revoke one grant: no new token, and introspection false at once */
        post: operations["GrantsController_revoke"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/engagements/{id}/grants/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Revoke every grant of the engagement, or of one sector in it */
        post: operations["BulkRevocationController_revokeAll"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        FieldErrorDto: {
            field: string;
            message: string;
        };
        ProblemDto: {
            /** @example urn:frontier-access:problem:illegal-transition */
            type: string;
            title: string;
            status: number;
            detail: string;
            instance?: string;
            /** @example ILLEGAL_TRANSITION */
            code: string;
            /** @description The stage the engagement is in, for refusals that depend on it */
            stage?: string;
            /** @description The finding's status, for refusals of a finding command that depend on it */
            findingStatus?: string;
            errors?: components["schemas"]["FieldErrorDto"][];
            /** @description For 500s: quote it when reporting */
            errorId?: string;
        };
        /**
         * @description null: the organization is not registered
         * @enum {string}
         */
        OrganizationKind: "AI_DEVELOPER" | "GOVERNMENT" | "PARTNER";
        /** @enum {string} */
        Role: "developer" | "reviewer" | "designation-authority" | "program-admin" | "partner" | "auditor" | "clearinghouse" | "oversight" | "gateway";
        MeSessionDto: {
            /** @description When the session ends if the browser sends nothing before then */
            idleExpiresAt: string;
            /** @description When the session ends whatever happens */
            expiresAt: string;
            /** @description Send as X-CSRF-Token with every POST, PUT, PATCH or DELETE made with the session cookie */
            csrfToken: string;
        };
        MeDto: {
            sub: string;
            org: string;
            /** @description null: the organization is not registered */
            orgKind: components["schemas"]["OrganizationKind"] | null;
            roles: components["schemas"]["Role"][];
            /** @description For a caller whose organization is not registered: how to be onboarded */
            onboarding?: string;
            /**
             * @description bearer: an access token in Authorization; session: a browser signed in at /auth/login
             * @enum {string}
             */
            authenticatedBy: "bearer" | "session";
            /** @description For a browser session: when it ends, and the CSRF token every change must echo */
            session?: components["schemas"]["MeSessionDto"];
        };
        SignedOutDto: {
            signedOut: boolean;
            /** @description Where the page goes next: the identity provider's sign-out (which comes back to this site), or this site's root */
            endSessionUrl: string;
        };
        DependenciesDto: {
            /** @enum {string} */
            database: "up" | "down";
            /** @enum {string} */
            temporal: "up" | "down";
        };
        HealthDto: {
            /** @enum {string} */
            status: "ok";
            dependencies: components["schemas"]["DependenciesDto"];
        };
        CreateEngagementDto: {
            modelVersion: string;
            /** @description Confidential; encrypted at rest and shown only to those with a need to know */
            capabilitySummary: string;
            /** Format: email */
            contactEmail: string;
            /**
             * Format: date
             * @description Informational only: nothing here gates a release; null or absent: none
             * @example 2026-12-31
             */
            plannedReleaseDate?: string | null;
            /** @description The model under development */
            modelName: string;
            /**
             * Format: uuid
             * @description Model lineage: the engagement of this model's previous version, one of your organization's
             */
            previousEngagementId?: string;
        };
        /** @enum {string} */
        EngagementStage: "INQUIRY_SUBMITTED" | "UNDER_REVIEW" | "RECOMMENDED" | "RECONSIDERATION" | "DESIGNATED" | "PRE_RELEASE_ACCESS" | "POST_WINDOW" | "RELEASED" | "CLOSED_NOT_COVERED" | "WITHDRAWN" | "CLOSED";
        /** @enum {string} */
        WindowEndReason: "EXPIRED" | "ENDED_EARLY" | "WITHDRAWN" | "RELEASED" | "CLOSED";
        AccessWindowDto: {
            /** Format: date-time */
            openedAt: string;
            /**
             * Format: date-time
             * @description At most 30 days after openedAt; never extended
             */
            closesAt: string;
            /** Format: date-time */
            endedAt?: string;
            endReason?: components["schemas"]["WindowEndReason"];
            /** @description The developer's model gateway (not shown to metadata-only callers) */
            accessEndpoint?: string;
            artifactDigest?: string;
        };
        EngagementSummaryDto: {
            /** Format: uuid */
            id: string;
            developerOrg: string;
            modelName: string;
            modelVersion: string;
            stage: components["schemas"]["EngagementStage"];
            /** Format: date-time */
            submittedAt: string;
            /** Format: date-time */
            determinationDueAt: string;
            /** @description The determination target has passed without a determination */
            overdue: boolean;
            /** @description The pre-release window, once opened (dates only here) */
            window?: components["schemas"]["AccessWindowDto"];
            /** Format: date-time */
            releasedAt?: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description Grows with every change (the version /v1/engagement-changes reports) */
            version: number;
            /** @description How many of its findings are past their remediation due date and not yet verified fixed or closed (in lists, for those who follow findings) */
            overdueFindings?: number;
            /**
             * Format: date-time
             * @description When the engagement's confidential content was disposed of (its data key destroyed): its text fields read as `[disposed]` since
             */
            disposedAt?: string;
        };
        EngagementListDto: {
            items: components["schemas"]["EngagementSummaryDto"][];
            nextCursor: string | null;
        };
        TimelineEntryDto: {
            version: number;
            /** @example REVIEWERS_ASSIGNED */
            event: string;
            fromStage: components["schemas"]["EngagementStage"] | null;
            stage: components["schemas"]["EngagementStage"];
            /** @description Who acted (token sub), or "system" for the clock */
            actor: string;
            /** @description The display name of who acted, from the directory; null for the clock or someone it does not know */
            actorName: string | null;
            /** Format: date-time */
            at: string;
        };
        ReviewerDto: {
            sub: string;
            /** @description Their display name, from the directory */
            name: string | null;
            /** Format: date-time */
            assignedAt: string;
            attested: boolean;
        };
        AttestationViewDto: {
            sub: string;
            /** @enum {string} */
            capacity: "REVIEWER" | "AUTHORITY";
            /** Format: date-time */
            attestedAt: string;
            statement?: string;
        };
        BenchmarkResultViewDto: {
            /** Format: uuid */
            id: string;
            reference: string;
            digest: string;
            summary: string;
            recordedBy: string;
            /** Format: date-time */
            recordedAt: string;
        };
        /** @enum {string} */
        DesignationOutcome: "COVERED" | "NOT_COVERED";
        DecisionDto: {
            outcome: components["schemas"]["DesignationOutcome"];
            rationale: string;
            by: string;
            /** Format: date-time */
            at: string;
        };
        WithdrawalDto: {
            /** Format: date-time */
            at: string;
            reason?: string;
        };
        ReconsiderationViewDto: {
            /** Format: date-time */
            requestedAt: string;
            requestedBy: string;
            /** @description Why the developer asked. Confidential */
            rationale: string;
            /** @description The determination reconsidered; `determination` is the one that replaced it, once made */
            originalDetermination: components["schemas"]["DecisionDto"];
        };
        PreviousEngagementDto: {
            /** Format: uuid */
            id: string;
            modelName: string;
            modelVersion: string;
            stage: components["schemas"]["EngagementStage"];
            /** @description Its determination, for those who may read it there (absent in a metadata view, and before one was made) */
            determinationOutcome?: components["schemas"]["DesignationOutcome"];
            /** Format: date-time */
            determinedAt?: string;
        };
        /**
         * @description PENDING while it may be answered; LAPSED once its deadline passed unanswered, or the engagement was decided or ended first
         * @enum {string}
         */
        ConsultationStatus: "PENDING" | "ANSWERED" | "LAPSED";
        ConsultationDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            engagementId: string;
            /** @description The government organization consulted */
            organization: string;
            /** @description The designation authority who asked */
            askedBy: string;
            /** Format: date-time */
            askedAt: string;
            /**
             * Format: date-time
             * @description Unanswered by then, it lapses and no longer holds up the determination
             */
            answerBy: string;
            /** @description PENDING while it may be answered; LAPSED once its deadline passed unanswered, or the engagement was decided or ended first */
            status: components["schemas"]["ConsultationStatus"];
            /** @description Whether the organization consulted concurs, once answered */
            concurs: boolean | null;
            answeredBy: string | null;
            /** Format: date-time */
            answeredAt: string | null;
            /** @description Confidential; absent from lists */
            question?: string;
            /** @description The answer's note. Confidential; absent from lists */
            note?: string | null;
        };
        /** @enum {string} */
        DisposalReason: "RETENTION_SCHEDULE" | "DEVELOPER_REQUEST";
        RetentionDto: {
            /**
             * Format: date-time
             * @description When the retention schedule disposes of the content: set once the engagement has ended
             */
            disposalDueAt?: string;
            /**
             * Format: date-time
             * @description A withdrawn engagement: from when its developer may have the content disposed of early
             */
            earlyDisposalFrom?: string;
            /** Format: date-time */
            disposedAt?: string;
            disposalReason?: components["schemas"]["DisposalReason"];
        };
        EngagementDetailDto: {
            /** Format: uuid */
            id: string;
            developerOrg: string;
            modelName: string;
            modelVersion: string;
            stage: components["schemas"]["EngagementStage"];
            /** Format: date-time */
            submittedAt: string;
            /** Format: date-time */
            determinationDueAt: string;
            /** @description The determination target has passed without a determination */
            overdue: boolean;
            /** @description The pre-release window, once opened (dates only here) */
            window?: components["schemas"]["AccessWindowDto"];
            /** Format: date-time */
            releasedAt?: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description Grows with every change (the version /v1/engagement-changes reports) */
            version: number;
            /** @description How many of its findings are past their remediation due date and not yet verified fixed or closed (in lists, for those who follow findings) */
            overdueFindings?: number;
            /**
             * Format: date-time
             * @description When the engagement's confidential content was disposed of (its data key destroyed): its text fields read as `[disposed]` since
             */
            disposedAt?: string;
            /**
             * @description FULL; DEVELOPER (no benchmark references or attestation statements); METADATA for callers without a need to know the content
             * @enum {string}
             */
            view: "FULL" | "DEVELOPER" | "METADATA";
            timeline: components["schemas"]["TimelineEntryDto"][];
            reviewers: components["schemas"]["ReviewerDto"][];
            /** Format: date-time */
            accessDeclinedAt?: string;
            /** Format: date-time */
            closedAt?: string;
            /** Format: date */
            plannedReleaseDate?: string | null;
            capabilitySummary?: string;
            contactEmail?: string;
            attestations?: components["schemas"]["AttestationViewDto"][];
            benchmarkResults?: components["schemas"]["BenchmarkResultViewDto"][];
            recommendation?: components["schemas"]["DecisionDto"];
            determination?: components["schemas"]["DecisionDto"];
            withdrawal?: components["schemas"]["WithdrawalDto"];
            reconsideration?: components["schemas"]["ReconsiderationViewDto"];
            /** @description The engagement of the model's previous version, when the inquiry named one and you may see it: absent otherwise */
            previousEngagement?: components["schemas"]["PreviousEngagementDto"];
            /** @description Consultations on the determination, with their text (full view only) */
            consultations?: components["schemas"]["ConsultationDto"][];
            retention: components["schemas"]["RetentionDto"];
        };
        AssignReviewersDto: {
            /** @description The token `sub` of each reviewer */
            reviewerIds: string[];
        };
        RecusalDto: {
            /** @description Why you recuse: kept sealed, never in the audit trail */
            reason: string;
        };
        AttestationDto: {
            /**
             * @description Must be true: you have no conflict of interest with the developer
             * @enum {boolean}
             */
            noConflictOfInterest: true;
            statement?: string;
        };
        BenchmarkResultDto: {
            /** @description Control number of the classified result; never the result itself */
            reference: string;
            /** @example sha256:0000000000000000000000000000000000000000000000000000000000000000 */
            digest: string;
            /** @description Unclassified summary */
            summary: string;
        };
        OutcomeDto: {
            outcome: components["schemas"]["DesignationOutcome"];
            /** @description Unclassified rationale */
            rationale: string;
        };
        ReconsiderationDto: {
            /** @description Why the developer asks for the determination to be decided again. Confidential; encrypted at rest */
            rationale: string;
        };
        WithdrawDto: {
            reason?: string;
        };
        OpenWindowDto: {
            /**
             * @description Up to 30 days (EO 14409 Sec. 3); the window is never extended
             * @default 30
             */
            days: number;
            /**
             * Format: uri
             * @description The HTTPS URL of the developer's model gateway; tokens name it as their audience
             * @example https://gateway.acme.example/v1
             */
            accessEndpoint: string;
            /** @description sha256 digest of the model build under review */
            artifactDigest: string;
        };
        ReleaseDto: {
            /**
             * Format: date-time
             * @description When the model was released publicly (UTC, ending in Z); now if absent. Never in the future.
             */
            releasedAt?: string;
        };
        EngagementChangeDto: {
            /** Format: uuid */
            id: string;
            /** @description Grows with every change; a client that saw this version already has nothing to fetch */
            version: number;
            stage: components["schemas"]["EngagementStage"];
        };
        EngagementChangesDto: {
            items: components["schemas"]["EngagementChangeDto"][];
            /** @description Send as `since` next time. Answers overlap by a few seconds (a change is never missed), so compare versions */
            cursor: string;
        };
        AuditActorDto: {
            sub: string;
            roles: string[];
        };
        AuditEventDto: {
            /** Format: uuid */
            id: string;
            /** @description Position in the hash chain */
            seq: number;
            /** Format: date-time */
            occurredAt: string;
            actor: components["schemas"]["AuditActorDto"];
            /** @example engagement.recommended */
            action: string;
            /**
             * Format: uuid
             * @description The engagement it is about; null for program-level events
             */
            engagementId: string | null;
            subjectType: string;
            subjectId: string;
            outcome: string;
            details: {
                [key: string]: unknown;
            };
            prevHash: string;
            hash: string;
        };
        AuditEventListDto: {
            items: components["schemas"]["AuditEventDto"][];
            nextCursor: string | null;
        };
        CheckpointDto: {
            seq: number;
            /** @description The chain's hash at seq */
            hash: string;
            /** Format: date-time */
            at: string;
            kid: string;
            /** @description Ed25519 over "frontier-access:audit-checkpoint:v1\n" and the canonical JSON of { at, hash, kid, seq }, base64url */
            signature: string;
        };
        CheckpointKeyDto: {
            kid: string;
            /** @description The public key as a JWK (OKP, Ed25519) */
            jwk: {
                [key: string]: unknown;
            };
        };
        AuditCheckpointListDto: {
            items: components["schemas"]["CheckpointDto"][];
            nextCursor: string | null;
            publicKeys: components["schemas"]["CheckpointKeyDto"][];
        };
        EventRangeDto: {
            fromSeq: number;
            toSeq: number;
        };
        BrokenCheckpointDto: {
            /** @description The sequence number the checkpoint anchored */
            seq: number;
            /** @description When it was signed (empty for an unreadable line) */
            at: string;
            /** @enum {string} */
            fault: "UNREADABLE" | "BAD_SIGNATURE" | "CHAIN_DIFFERS";
            /** @description The events behind it, since the last checkpoint that holds: where the rewrite is */
            events: components["schemas"]["EventRangeDto"];
        };
        AuditVerificationDto: {
            /** @description Every event links to the one before, hashes to its recorded hash, and the chain passes through every signed checkpoint */
            ok: boolean;
            /** @description Events checked */
            checked: number;
            /**
             * Format: uuid
             * @description The first event whose link or hash does not hold
             */
            firstBrokenEventId?: string;
            /** @description Signed checkpoints the chain passes through */
            checkpoints: number;
            /** @description The sequence number through which the chain is anchored by checkpoints that hold */
            anchoredThrough: number;
            /** @description The first checkpoint the chain no longer passes through */
            firstBrokenCheckpoint?: components["schemas"]["BrokenCheckpointDto"];
        };
        /** @enum {string} */
        TechnicalImpact: "PARTIAL" | "TOTAL";
        CreateFindingDto: {
            /** @description Confidential; encrypted at rest */
            title: string;
            /** @description Confidential; encrypted at rest */
            description: string;
            /**
             * @example [
             *       "CWE-787"
             *     ]
             */
            cweIds?: string[];
            /** @description In the Known Exploited Vulnerabilities catalog */
            inKev: boolean;
            /** @description The affected asset is publicly exposed */
            publiclyExposed: boolean;
            /** @description Exploitation can be automated */
            automatable: boolean;
            technicalImpact: components["schemas"]["TechnicalImpact"];
        };
        /**
         * @description CISA BOD 26-04 tier
         * @enum {string}
         */
        RemediationTier: "FSU" | "60D" | "14D" | "3D" | "3DF";
        FindingRecordedDto: {
            /** Format: uuid */
            id: string;
            /** @description CISA BOD 26-04 tier */
            tier: components["schemas"]["RemediationTier"];
            /**
             * Format: date-time
             * @description null for FSU (fix on system upgrade)
             */
            remediationDueAt: string | null;
            /** @description The 3DF tier also asks for a forensic triage of whether the asset is already compromised */
            forensicTriageRequired: boolean;
            /** Format: date-time */
            recordedAt: string;
        };
        /** @enum {string} */
        FindingStatus: "OPEN" | "ACKNOWLEDGED" | "FIXED" | "DISPUTED" | "VERIFIED_FIXED" | "REOPENED" | "CLOSED";
        /** @enum {string} */
        FindingResponseStatus: "ACKNOWLEDGED" | "FIXED" | "DISPUTED";
        FindingAnswerDto: {
            status: components["schemas"]["FindingResponseStatus"];
            note?: string;
            by: string;
            /** Format: date-time */
            at: string;
        };
        /**
         * @description The TLP label the developer chose for its exports
         * @enum {string}
         */
        TlpLabel: "RED" | "AMBER" | "GREEN" | "WHITE";
        /** @enum {string} */
        ValidationOutcome: "VALIDATED" | "DUPLICATE_OF" | "NOT_REPRODUCIBLE";
        FindingValidationDto: {
            outcome: components["schemas"]["ValidationOutcome"];
            /** Format: date-time */
            at: string;
        };
        FindingDto: {
            /** Format: uuid */
            id: string;
            /** @description CISA BOD 26-04 tier */
            tier: components["schemas"]["RemediationTier"];
            /**
             * Format: date-time
             * @description null for FSU (fix on system upgrade)
             */
            remediationDueAt: string | null;
            /** @description The 3DF tier also asks for a forensic triage of whether the asset is already compromised */
            forensicTriageRequired: boolean;
            /** Format: date-time */
            recordedAt: string;
            title: string;
            description: string;
            cweIds: string[];
            inKev: boolean;
            publiclyExposed: boolean;
            automatable: boolean;
            technicalImpact: components["schemas"]["TechnicalImpact"];
            recordedBy: string;
            response?: components["schemas"]["FindingAnswerDto"];
            status: components["schemas"]["FindingStatus"];
            /** @description Grows with every change to the finding */
            version: number;
            /** @description Past its remediation due date and not yet verified fixed or closed */
            overdue: boolean;
            /**
             * Format: date-time
             * @description When the due date passed unremediated
             */
            overdueSince?: string;
            /** Format: date-time */
            updatedAt: string;
            /**
             * Format: date-time
             * @description When the developer shared it with the clearinghouse
             */
            sharedAt?: string;
            /** @description The TLP label the developer chose for its exports */
            tlp?: components["schemas"]["TlpLabel"];
            validation?: components["schemas"]["FindingValidationDto"];
        };
        FindingListDto: {
            items: components["schemas"]["FindingDto"][];
        };
        /** @enum {string} */
        FindingEventType: "RESPONDED" | "FIX_VERIFIED" | "REOPENED" | "DISPUTE_KEPT" | "WITHDRAWN" | "CLOSED" | "EDITED" | "OVERDUE" | "SHARED" | "VALIDATED";
        FindingEventDto: {
            /** @description The finding version this change made */
            version: number;
            type: components["schemas"]["FindingEventType"];
            fromStatus: components["schemas"]["FindingStatus"];
            toStatus: components["schemas"]["FindingStatus"];
            /** @description Who acted (token sub), or "system" for the clock */
            actor: string;
            /** Format: date-time */
            at: string;
            /** @description The note, rationale or answer that came with it */
            note?: string;
            /** @description For a correction: the tier recomputed */
            tier?: components["schemas"]["RemediationTier"];
            /**
             * Format: date-time
             * @description For a correction: the due date recomputed
             */
            remediationDueAt?: string | null;
            /** @description For a correction: what was corrected (title, description, cweIds, ssvc) */
            changed?: string[];
            /** @description For a share: the TLP label chosen */
            tlp?: components["schemas"]["TlpLabel"];
            /** @description For the clearinghouse's validation: its outcome */
            outcome?: components["schemas"]["ValidationOutcome"];
        };
        FindingDetailDto: {
            /** Format: uuid */
            id: string;
            /** @description CISA BOD 26-04 tier */
            tier: components["schemas"]["RemediationTier"];
            /**
             * Format: date-time
             * @description null for FSU (fix on system upgrade)
             */
            remediationDueAt: string | null;
            /** @description The 3DF tier also asks for a forensic triage of whether the asset is already compromised */
            forensicTriageRequired: boolean;
            /** Format: date-time */
            recordedAt: string;
            title: string;
            description: string;
            cweIds: string[];
            inKev: boolean;
            publiclyExposed: boolean;
            automatable: boolean;
            technicalImpact: components["schemas"]["TechnicalImpact"];
            recordedBy: string;
            response?: components["schemas"]["FindingAnswerDto"];
            status: components["schemas"]["FindingStatus"];
            /** @description Grows with every change to the finding */
            version: number;
            /** @description Past its remediation due date and not yet verified fixed or closed */
            overdue: boolean;
            /**
             * Format: date-time
             * @description When the due date passed unremediated
             */
            overdueSince?: string;
            /** Format: date-time */
            updatedAt: string;
            /**
             * Format: date-time
             * @description When the developer shared it with the clearinghouse
             */
            sharedAt?: string;
            /** @description The TLP label the developer chose for its exports */
            tlp?: components["schemas"]["TlpLabel"];
            validation?: components["schemas"]["FindingValidationDto"];
            /** @description Every change since it was recorded, oldest first */
            history: components["schemas"]["FindingEventDto"][];
        };
        EditFindingDto: {
            /** @description Confidential; encrypted at rest */
            title?: string;
            /** @description Confidential; encrypted at rest */
            description?: string;
            /**
             * @example [
             *       "CWE-787"
             *     ]
             */
            cweIds?: string[];
            inKev?: boolean;
            publiclyExposed?: boolean;
            automatable?: boolean;
            technicalImpact?: components["schemas"]["TechnicalImpact"];
        };
        /**
         * @description VERIFIED_FIXED when the fix holds, REOPENED when it does not
         * @enum {string}
         */
        FixVerdict: "VERIFIED_FIXED" | "REOPENED";
        VerifyFixDto: {
            /** @description VERIFIED_FIXED when the fix holds, REOPENED when it does not */
            verdict: components["schemas"]["FixVerdict"];
            /** @description Confidential; encrypted at rest */
            note?: string;
        };
        /**
         * @description KEPT: the finding stands (REOPENED); WITHDRAWN: it is closed
         * @enum {string}
         */
        DisputeResolution: "KEPT" | "WITHDRAWN";
        ResolveDisputeDto: {
            /** @description KEPT: the finding stands (REOPENED); WITHDRAWN: it is closed */
            resolution: components["schemas"]["DisputeResolution"];
            /** @description Why; confidential, encrypted at rest */
            rationale: string;
        };
        ShareFindingDto: {
            /** @description The TLP label of its CSAF exports; left out, RED before the model's release and AMBER after */
            tlp?: components["schemas"]["TlpLabel"];
        };
        /** @description duplicateOf names the other shared finding when, and only when, the outcome is DUPLICATE_OF */
        ValidateFindingDto: {
            outcome: components["schemas"]["ValidationOutcome"];
            /**
             * Format: uuid
             * @description For DUPLICATE_OF: the other shared finding (never shown to the developer)
             */
            duplicateOf?: string;
            /** @description The clearinghouse's note; confidential, encrypted at rest, shown to the clearinghouse only */
            note: string;
        } & ({
            /** @enum {unknown} */
            outcome?: "DUPLICATE_OF";
        } | {
            /** @enum {unknown} */
            outcome?: "VALIDATED" | "NOT_REPRODUCIBLE";
        });
        SharedEngagementDto: {
            /** Format: uuid */
            id: string;
            /** @example ENG-3F2A9C1B */
            reference: string;
            developerOrg: string;
            modelName: string;
            modelVersion: string;
        };
        ClearinghouseValidationDto: {
            outcome: components["schemas"]["ValidationOutcome"];
            /** Format: uuid */
            duplicateOf?: string;
            note?: string;
            by: string;
            /** Format: date-time */
            at: string;
        };
        SharedFindingDto: {
            /** Format: uuid */
            id: string;
            /** @description CISA BOD 26-04 tier */
            tier: components["schemas"]["RemediationTier"];
            /**
             * Format: date-time
             * @description null for FSU (fix on system upgrade)
             */
            remediationDueAt: string | null;
            /** @description The 3DF tier also asks for a forensic triage of whether the asset is already compromised */
            forensicTriageRequired: boolean;
            /** Format: date-time */
            recordedAt: string;
            title: string;
            description: string;
            cweIds: string[];
            inKev: boolean;
            publiclyExposed: boolean;
            automatable: boolean;
            technicalImpact: components["schemas"]["TechnicalImpact"];
            recordedBy: string;
            response?: components["schemas"]["FindingAnswerDto"];
            status: components["schemas"]["FindingStatus"];
            /** @description Grows with every change to the finding */
            version: number;
            /** @description Past its remediation due date and not yet verified fixed or closed */
            overdue: boolean;
            /**
             * Format: date-time
             * @description When the due date passed unremediated
             */
            overdueSince?: string;
            /** Format: date-time */
            updatedAt: string;
            /**
             * Format: date-time
             * @description When the developer shared it with the clearinghouse
             */
            sharedAt?: string;
            /** @description The TLP label the developer chose for its exports */
            tlp?: components["schemas"]["TlpLabel"];
            validation?: components["schemas"]["FindingValidationDto"];
            engagement: components["schemas"]["SharedEngagementDto"];
            /** @description Its validation, as the clearinghouse recorded it */
            clearinghouseValidation?: components["schemas"]["ClearinghouseValidationDto"];
        };
        CloseFindingDto: {
            /** @description Confidential; encrypted at rest */
            note?: string;
        };
        FindingResponseDto: {
            status: components["schemas"]["FindingResponseStatus"];
            /** @description Confidential; encrypted at rest */
            note?: string;
        };
        FindingAnsweredDto: {
            /** Format: uuid */
            id: string;
            status: components["schemas"]["FindingStatus"];
            response: components["schemas"]["FindingAnswerDto"];
        };
        SharedFindingListDto: {
            items: components["schemas"]["SharedFindingDto"][];
            nextCursor: string | null;
        };
        PublishRemediationDto: {
            /**
             * @description The version partners should update to
             * @example 7.0.1
             */
            fixedVersion: string;
            /** @description sha256 digest of the fixed build */
            artifactDigest: string;
            /** @description A short instruction to partners; confidential, encrypted at rest. Never name a finding here. */
            instruction: string;
            /** @description The engagement's findings it fixes; never shown to partners */
            findingIds: string[];
        };
        /**
         * @description From the most urgent finding it fixes (BOD 26-04)
         * @enum {string}
         */
        RemediationUrgency: "IMMEDIATE" | "HIGH" | "MODERATE" | "ROUTINE";
        NoticePartnerDto: {
            partnerId: string;
            partnerName: string;
            /** Format: uuid */
            grantId: string;
            /** Format: date-time */
            acknowledgedAt?: string;
            acknowledgedBy?: string;
        };
        RemediationNoticeDto: {
            /** Format: uuid */
            id: string;
            fixedVersion: string;
            artifactDigest: string;
            /** @description From the most urgent finding it fixes (BOD 26-04) */
            urgency: components["schemas"]["RemediationUrgency"];
            instruction: string;
            findingIds: string[];
            publishedBy: string;
            /** Format: date-time */
            publishedAt: string;
            /** @description Partners with a live grant that acknowledged it */
            acknowledged: number;
            /** @description Partners with a live grant that have yet to */
            awaiting: number;
            /** @description The partners with a live grant (up to 200 of each kind), acknowledged or not */
            partners: components["schemas"]["NoticePartnerDto"][];
        };
        RemediationNoticeListDto: {
            items: components["schemas"]["RemediationNoticeDto"][];
        };
        /** @enum {string} */
        PartnerReportSeverity: "LOW" | "MODERATE" | "HIGH" | "CRITICAL";
        PartnerReportDto: {
            /** Format: uuid */
            id: string;
            title: string;
            description: string;
            severity: components["schemas"]["PartnerReportSeverity"];
            reportedBy: string;
            /** Format: date-time */
            reportedAt: string;
            /** Format: uuid */
            grantId: string;
            partnerId: string;
            /**
             * Format: date-time
             * @description When the developer shared it with the clearinghouse
             */
            sharedAt?: string;
        };
        PartnerReportListDto: {
            items: components["schemas"]["PartnerReportDto"][];
        };
        PartnerRemediationNoticeDto: {
            /** Format: uuid */
            id: string;
            fixedVersion: string;
            artifactDigest: string;
            urgency: components["schemas"]["RemediationUrgency"];
            instruction: string;
            /** Format: date-time */
            publishedAt: string;
            /**
             * Format: date-time
             * @description When this partner acknowledged it
             */
            acknowledgedAt?: string;
        };
        PartnerRemediationNoticeListDto: {
            items: components["schemas"]["PartnerRemediationNoticeDto"][];
        };
        ReportProblemDto: {
            /** @description Confidential; encrypted at rest */
            title: string;
            /** @description Confidential; encrypted at rest */
            description: string;
            /** @description The partner's own judgement; the developer triages it */
            severity: components["schemas"]["PartnerReportSeverity"];
        };
        PartnerReportReceiptDto: {
            /** Format: uuid */
            id: string;
            title: string;
            description: string;
            severity: components["schemas"]["PartnerReportSeverity"];
            reportedBy: string;
            /** Format: date-time */
            reportedAt: string;
        };
        PartnerReportReceiptListDto: {
            items: components["schemas"]["PartnerReportReceiptDto"][];
        };
        ReportEngagementDto: {
            /** Format: uuid */
            id: string;
            reference: string;
            developerOrg: string;
            modelName: string;
            modelVersion: string;
        };
        SharedPartnerReportDto: {
            /** Format: uuid */
            id: string;
            engagement: components["schemas"]["ReportEngagementDto"];
            title: string;
            description: string;
            severity: components["schemas"]["PartnerReportSeverity"];
            /** Format: date-time */
            reportedAt: string;
            /** Format: date-time */
            sharedAt: string;
        };
        SharedPartnerReportListDto: {
            items: components["schemas"]["SharedPartnerReportDto"][];
        };
        SuppressionDto: {
            /** @example 5 */
            threshold: number;
            /** @example <5 */
            marker: string;
        };
        CountItemDto: {
            key: string;
            /** @description The figure, or "<5" where it counts fewer than 5 engagements or organizations (or would give such a figure back) */
            count: number | "<5";
        };
        CountListDto: {
            items: components["schemas"]["CountItemDto"][];
            /** @description The figure, or "<5" where it counts fewer than 5 engagements or organizations (or would give such a figure back) */
            total: number | "<5";
        };
        StageSpreadDto: {
            /** @description The figure, or "<5" where it counts fewer than 5 engagements or organizations (or would give such a figure back) */
            count: number | "<5";
            /** @description The figure, or "<5" where it counts fewer than 5 engagements or organizations (or would give such a figure back) */
            medianDays: number | "<5";
            /** @description The figure, or "<5" where it counts fewer than 5 engagements or organizations (or would give such a figure back) */
            p90Days: number | "<5";
            stage: string;
        };
        EngagementStatisticsDto: {
            /** @description Developer organizations with an engagement in the period: how many came */
            developerOrganizations: number | "<5";
            /** @description Engagements by the stage they are in now */
            byStage: components["schemas"]["CountListDto"];
            /** @description Completed stays in each stage, in days */
            timeInStage: components["schemas"]["StageSpreadDto"][];
            /** @description Withdrawals by the stage they left from */
            withdrawalsByStage: components["schemas"]["CountListDto"];
        };
        DeterminationStatisticsDto: {
            targetDays: number;
            /** @description Determinations made ON_TIME (by the due date) and LATE */
            byTimeliness: components["schemas"]["CountListDto"];
            /** @description The figure, or "<5" where it counts fewer than 5 engagements or organizations (or would give such a figure back) */
            onTimeRate: number | "<5";
        };
        SpreadDto: {
            /** @description The figure, or "<5" where it counts fewer than 5 engagements or organizations (or would give such a figure back) */
            count: number | "<5";
            /** @description The figure, or "<5" where it counts fewer than 5 engagements or organizations (or would give such a figure back) */
            medianDays: number | "<5";
            /** @description The figure, or "<5" where it counts fewer than 5 engagements or organizations (or would give such a figure back) */
            p90Days: number | "<5";
        };
        WindowStatisticsDto: {
            /** @description Windows DECLINED, OPEN, ENDED_EARLY and run to FULL_TERM */
            byOutcome: components["schemas"]["CountListDto"];
            /** @description Days each ended window was open */
            daysUsed: components["schemas"]["SpreadDto"];
        };
        FindingStatisticsDto: {
            /** @description Findings by BOD 26-04 tier */
            byTier: components["schemas"]["CountListDto"];
            /** @description Findings due (date passed, or remediated) by whether remediated ON_TIME or LATE */
            remediationByTimeliness: components["schemas"]["CountListDto"];
            /** @description The figure, or "<5" where it counts fewer than 5 engagements or organizations (or would give such a figure back) */
            onTimeRemediationRate: number | "<5";
        };
        CountRowDto: {
            key: string;
            cells: (number | "<5")[];
            /** @description The figure, or "<5" where it counts fewer than 5 engagements or organizations (or would give such a figure back) */
            total: number | "<5";
        };
        CountTableDto: {
            columns: string[];
            rows: components["schemas"]["CountRowDto"][];
            columnTotals: (number | "<5")[];
            /** @description The figure, or "<5" where it counts fewer than 5 engagements or organizations (or would give such a figure back) */
            total: number | "<5";
        };
        SideSpreadDto: {
            /** @description The figure, or "<5" where it counts fewer than 5 engagements or organizations (or would give such a figure back) */
            count: number | "<5";
            /** @description The figure, or "<5" where it counts fewer than 5 engagements or organizations (or would give such a figure back) */
            medianDays: number | "<5";
            /** @description The figure, or "<5" where it counts fewer than 5 engagements or organizations (or would give such a figure back) */
            p90Days: number | "<5";
            side: string;
        };
        NominationStatisticsDto: {
            /** @description Rows: the side that nominated; columns: the outcome */
            bySideAndOutcome: components["schemas"]["CountTableDto"];
            /** @description Days from nomination to answer, by side */
            timeToAnswer: components["schemas"]["SideSpreadDto"][];
        };
        GrantStatisticsDto: {
            bySectorAndStatus: components["schemas"]["CountTableDto"];
            byStateAndStatus: components["schemas"]["CountTableDto"];
        };
        RevocationStatisticsDto: {
            /** @description Grants ended before their term: REVOKED, ENGAGEMENT_WITHDRAWN, ENGAGEMENT_CLOSED */
            byCategory: components["schemas"]["CountListDto"];
        };
        RequestStatisticsDto: {
            /** @description Government requests opened in the period: OPEN, ACCEPTED, DECLINED_BY_DEVELOPER and DECLINED_BY_DEADLINE (no answer by then) */
            byOutcome: components["schemas"]["CountListDto"];
            /** @description Days from a request to the developer’s answer, either way */
            daysToAnswer: components["schemas"]["SpreadDto"];
        };
        StatisticsDto: {
            /** Format: date-time */
            from: string | null;
            /** Format: date-time */
            to: string | null;
            /** Format: date-time */
            generatedAt: string;
            suppression: components["schemas"]["SuppressionDto"];
            engagements: components["schemas"]["EngagementStatisticsDto"];
            determinations: components["schemas"]["DeterminationStatisticsDto"];
            windows: components["schemas"]["WindowStatisticsDto"];
            findings: components["schemas"]["FindingStatisticsDto"];
            nominations: components["schemas"]["NominationStatisticsDto"];
            grants: components["schemas"]["GrantStatisticsDto"];
            revocations: components["schemas"]["RevocationStatisticsDto"];
            requests: components["schemas"]["RequestStatisticsDto"];
        };
        OpenInquiryRequestDto: {
            /** @description The developer organization asked: a registered AI_DEVELOPER organization */
            developerOrg: string;
            /** @description The model the government asks about. Confidential; encrypted at rest */
            modelName: string;
            /** @description Why the government asks, for the developer. Confidential; encrypted at rest */
            note: string;
            /**
             * Format: date-time
             * @description The answer is due before this instant (UTC); with none by then the request is declined. In the future.
             */
            respondBy: string;
        };
        /** @enum {string} */
        InquiryRequestStatus: "OPEN" | "ACCEPTED" | "DECLINED";
        /**
         * @description For a DECLINED request: the developer, or the deadline
         * @enum {string}
         */
        RequestDeclinedBy: "DEVELOPER" | "DEADLINE";
        InquiryRequestDto: {
            /** Format: uuid */
            id: string;
            developerOrg: string;
            /** @description Confidential */
            modelName: string;
            /** @description Confidential */
            note: string;
            /**
             * Format: date-time
             * @description Unanswered by then, it is declined
             */
            respondBy: string;
            status: components["schemas"]["InquiryRequestStatus"];
            /** @description For a DECLINED request: the developer, or the deadline */
            declinedBy: components["schemas"]["RequestDeclinedBy"] | null;
            /** @description The program administrator who asked */
            requestedBy: string;
            /** Format: date-time */
            createdAt: string;
            /** @description The developer who answered, or 'system' for the deadline */
            answeredBy: string | null;
            /** Format: date-time */
            answeredAt: string | null;
            /**
             * Format: uuid
             * @description The inquiry an ACCEPTED request became
             */
            engagementId: string | null;
        };
        InquiryRequestListDto: {
            /** @description Newest first */
            items: components["schemas"]["InquiryRequestDto"][];
        };
        AcceptInquiryRequestDto: {
            modelVersion: string;
            /** @description Confidential; encrypted at rest and shown only to those with a need to know */
            capabilitySummary: string;
            /** Format: email */
            contactEmail: string;
            /**
             * Format: date
             * @description Informational only: nothing here gates a release; null or absent: none
             * @example 2026-12-31
             */
            plannedReleaseDate?: string | null;
        };
        AskConsultationDto: {
            /** @description The organization consulted: a registered GOVERNMENT organization */
            organization: string;
            /** @description What the authority asks. Confidential; encrypted at rest */
            question: string;
            /**
             * Format: date-time
             * @description The determination waits for the answer until this instant (UTC), and no longer. In the future.
             */
            answerBy: string;
        };
        ConsultedEngagementDto: {
            /** Format: uuid */
            id: string;
            developerOrg: string;
            modelName: string;
            modelVersion: string;
            stage: components["schemas"]["EngagementStage"];
            /** Format: date-time */
            determinationDueAt: string;
        };
        ConsultationWithEngagementDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            engagementId: string;
            /** @description The government organization consulted */
            organization: string;
            /** @description The designation authority who asked */
            askedBy: string;
            /** Format: date-time */
            askedAt: string;
            /**
             * Format: date-time
             * @description Unanswered by then, it lapses and no longer holds up the determination
             */
            answerBy: string;
            /** @description PENDING while it may be answered; LAPSED once its deadline passed unanswered, or the engagement was decided or ended first */
            status: components["schemas"]["ConsultationStatus"];
            /** @description Whether the organization consulted concurs, once answered */
            concurs: boolean | null;
            answeredBy: string | null;
            /** Format: date-time */
            answeredAt: string | null;
            /** @description Confidential; absent from lists */
            question?: string;
            /** @description The answer's note. Confidential; absent from lists */
            note?: string | null;
            engagement: components["schemas"]["ConsultedEngagementDto"];
        };
        AnswerConsultationDto: {
            /** @description Whether your organization concurs */
            concurs: boolean;
            /** @description Why, for the authority who asked. Confidential; encrypted at rest */
            note?: string;
        };
        ConsultationListDto: {
            items: components["schemas"]["ConsultationWithEngagementDto"][];
        };
        EngagementRecordJwsDto: {
            /** @description The record, base64url: JSON with format, marking (CUI//PROPIN), exportedAt, exportedBy, view, engagement, findings, nominations, grants and, for auditors, auditEvents */
            payload: string;
            /** @description The protected header, base64url: { alg: "EdDSA", kid, typ: "frontier-access-record+json", cty: "json" } */
            protected: string;
            /** @description Ed25519 over the protected header and payload, base64url; check it with the key of the kid at /.well-known/record-keys.json */
            signature: string;
        };
        RecordKeyDto: {
            /** @example OKP */
            kty: string;
            /** @example Ed25519 */
            crv: string;
            x: string;
            kid: string;
            /** @example EdDSA */
            alg: string;
            /** @example sig */
            use: string;
        };
        RecordKeysDto: {
            keys: components["schemas"]["RecordKeyDto"][];
        };
        AccessTokenDto: {
            /** @description An ES256 JWT (typ at+jwt) for the model gateway; never stored, only its jti */
            token: string;
            /** @example Bearer */
            tokenType: string;
            /**
             * Format: date-time
             * @description Short-lived, and never later than the window closes
             */
            expiresAt: string;
            /** @example model:query model:evaluate */
            scope: string;
        };
        JwkDto: {
            kty: string;
            kid: string;
            alg: string;
            use: string;
            crv?: string;
            x?: string;
            y?: string;
        };
        JwksDto: {
            keys: components["schemas"]["JwkDto"][];
        };
        RevocationListDto: {
            org: string;
            /**
             * Format: date-time
             * @description What ended after this is listed (never earlier than the longest token lifetime ago)
             */
            from: string;
            /** @description Send as `since` next time. Answers overlap by a few seconds, so nothing that ends is missed */
            cursor: string;
            /** @description Grants that ended: every partner token naming one (`grant_id`) is void */
            grants: string[];
            /** @description Engagements whose pre-release window ended: every reviewer token naming one (`engagement_id`) is void */
            windows: string[];
            /** @description Tokens (`jti`) whose holder lost access on their own: unassigned, recused or disabled */
            jtis: string[];
            /** @description The same list signed: a compact JWS (`typ: revocation-list+jwt`, ES256) under the access-token keys of /.well-known/jwks.json, whose payload holds the fields above */
            signed: string;
        };
        IntrospectDto: {
            /** @description The token to check; anything that is not one of ours, of any shape, is simply inactive */
            token: string;
            /** @description RFC 7662 hint; ignored */
            token_type_hint?: string | null;
        };
        IntrospectionDto: {
            active: boolean;
            scope?: string;
            /** @example Bearer */
            token_type?: string;
            sub?: string;
            aud?: string;
            iss?: string;
            exp?: number;
            iat?: number;
            nbf?: number;
            jti?: string;
            token_use?: string;
            org?: string;
            engagement_id?: string;
            artifact_digest?: string;
            grant_id?: string;
        };
        OrganizationDto: {
            id: string;
            name: string;
            kind: components["schemas"]["OrganizationKind"];
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        OrganizationListDto: {
            items: components["schemas"]["OrganizationDto"][];
            nextCursor: string | null;
        };
        CreateOrganizationDto: {
            /** @description The organization's id: its people's `org` claim */
            id: string;
            name: string;
            /** @description Bounds the roles its people may hold: AI_DEVELOPER (developer), GOVERNMENT (reviewer, authority, administrator, auditor), PARTNER (partner) */
            kind: components["schemas"]["OrganizationKind"];
        };
        UpdateOrganizationDto: {
            name?: string;
            kind?: components["schemas"]["OrganizationKind"];
        };
        PersonDto: {
            sub: string;
            name: string;
            email: string | null;
            org: string;
            roles: components["schemas"]["Role"][];
            /** @enum {string} */
            status: "ACTIVE" | "DISABLED";
            /**
             * @description Pre-registered by a program administrator, or first seen at their own sign-in or call
             * @enum {string}
             */
            source: "PRE_REGISTERED" | "SIGN_IN";
            /** Format: date-time */
            lastSeenAt: string | null;
            /** Format: date-time */
            disabledAt: string | null;
        };
        PersonListDto: {
            items: components["schemas"]["PersonDto"][];
            nextCursor: string | null;
        };
        CreatePersonDto: {
            /** @description The person's `sub` at the identity provider: their id in the directory */
            sub: string;
            name: string;
            /** Format: email */
            email: string;
            /** @description A registered organization */
            org: string;
            /** @description A person's roles; gateway is a machine role: a developer registers a gateway client instead */
            roles: ("developer" | "reviewer" | "designation-authority" | "program-admin" | "partner" | "auditor" | "clearinghouse" | "oversight")[];
        };
        DisablePersonDto: {
            /** @description Why (kept in the audit trail as a digest) */
            reason?: string;
        };
        DisabledPersonDto: {
            sub: string;
            name: string;
            email: string | null;
            org: string;
            roles: components["schemas"]["Role"][];
            /** @enum {string} */
            status: "ACTIVE" | "DISABLED";
            /**
             * @description Pre-registered by a program administrator, or first seen at their own sign-in or call
             * @enum {string}
             */
            source: "PRE_REGISTERED" | "SIGN_IN";
            /** Format: date-time */
            lastSeenAt: string | null;
            /** Format: date-time */
            disabledAt: string | null;
            /** @description Browser sessions ended now */
            sessionsEnded: number;
            /** @description Engagements the person was assigned to as a reviewer, and no longer is */
            assignmentsEnded: string[];
            /** @description Engagements whose assignment could not be ended now (their workflow refused or was unreachable); end them by hand */
            assignmentsNotEnded: string[];
        };
        /** @enum {string} */
        GatewayClientStatus: "ACTIVE" | "RETIRING" | "RETIRED" | "REVOKED";
        GatewayClientDto: {
            clientId: string;
            name: string;
            org: string;
            createdBy: string;
            /** Format: date-time */
            createdAt: string;
            status: components["schemas"]["GatewayClientStatus"];
            /** @description The client this one was rotated from */
            replaces?: string;
            /** Format: date-time */
            retiresAt?: string;
            /** Format: date-time */
            revokedAt?: string;
        };
        GatewayClientListDto: {
            items: components["schemas"]["GatewayClientDto"][];
        };
        CreateGatewayClientDto: {
            /** @description What the gateway is, for the people who manage it */
            name: string;
        };
        GatewayCredentialsDto: {
            clientId: string;
            name: string;
            org: string;
            createdBy: string;
            /** Format: date-time */
            createdAt: string;
            status: components["schemas"]["GatewayClientStatus"];
            /** @description The client this one was rotated from */
            replaces?: string;
            /** Format: date-time */
            retiresAt?: string;
            /** Format: date-time */
            revokedAt?: string;
            /** @description Shown once; the identity provider keeps it, this API does not */
            clientSecret: string;
            /** @description Where the gateway gets its tokens with client credentials (the identity provider's token endpoint) */
            tokenEndpoint: string;
        };
        /** @enum {string} */
        NoticeKind: "INQUIRY_RECEIVED" | "REVIEWER_ASSIGNED" | "REVIEWER_UNASSIGNED" | "REVIEWER_RECUSED" | "RECOMMENDATION_RECORDED" | "DETERMINATION_MADE" | "DETERMINATION_DUE" | "DETERMINATION_OVERDUE" | "WINDOW_OPENED" | "WINDOW_CLOSING" | "WINDOW_CLOSED" | "FINDING_RECORDED" | "FINDING_ANSWERED" | "FINDING_DUE" | "FINDING_OVERDUE" | "FINDING_FIX_CHECKED" | "FINDING_DISPUTE_RESOLVED" | "FINDINGS_SHARE_REQUESTED" | "REMEDIATION_PUBLISHED" | "PARTNER_REPORT_RECEIVED" | "PARTNER_REPORT_SHARED" | "FINDING_SHARED" | "FINDING_VALIDATED" | "NOMINATION_WAITING" | "NOMINATION_EXPIRING" | "NOMINATION_EXPIRED" | "GRANT_OFFERED" | "ACCEPTANCE_DUE" | "GRANT_LAPSED" | "TERMS_CHANGED" | "GRANT_ACTIVE" | "GRANT_REVOKED" | "GRANT_SUSPENDED" | "GRANT_EXPIRED" | "ENGAGEMENT_WITHDRAWN" | "MODEL_RELEASED" | "REQUEST_RECEIVED" | "REQUEST_DECLINED" | "RECONSIDERATION_REQUESTED" | "CONSULTATION_REQUESTED" | "CONSULTATION_ANSWERED" | "WEBHOOK_DISABLED";
        NotificationDto: {
            /** Format: uuid */
            id: string;
            kind: components["schemas"]["NoticeKind"];
            /** @description What happened, in words safe for any channel */
            title: string;
            /**
             * Format: uuid
             * @description null: a notice about your organization (a webhook turned off), not an engagement
             */
            engagementId: string | null;
            /**
             * @description The engagement's short reference, as mail and the console show it
             * @example ENG-3F2A9C1B
             */
            reference: string | null;
            /** @description The finding, nomination or grant it is about; null: the engagement itself */
            subjectId: string | null;
            /**
             * Format: date-time
             * @description The deadline it is about, if any
             */
            dueAt: string | null;
            /**
             * @description The console page to open it at
             * @example /engagements/3f2a9c1b-0000-4000-8000-000000000000
             */
            link: string;
            /** Format: date-time */
            createdAt: string;
            /**
             * Format: date-time
             * @description null: unread
             */
            readAt: string | null;
        };
        NotificationListDto: {
            /** @description Newest first */
            items: components["schemas"]["NotificationDto"][];
            nextCursor: string | null;
            /** @description How many of all your notices are unread */
            unread: number;
        };
        NoticeKindDto: {
            kind: components["schemas"]["NoticeKind"];
            title: string;
            /** @description Always mailed: it cannot be turned off */
            critical: boolean;
        };
        NoticePreferencesViewDto: {
            /** @description Kinds not to be mailed (they still reach the inbox); critical kinds cannot be turned off */
            emailOff: ("INQUIRY_RECEIVED" | "REVIEWER_ASSIGNED" | "REVIEWER_UNASSIGNED" | "REVIEWER_RECUSED" | "RECOMMENDATION_RECORDED" | "DETERMINATION_MADE" | "WINDOW_OPENED" | "FINDING_ANSWERED" | "FINDING_FIX_CHECKED" | "FINDING_DISPUTE_RESOLVED" | "FINDINGS_SHARE_REQUESTED" | "PARTNER_REPORT_RECEIVED" | "PARTNER_REPORT_SHARED" | "FINDING_SHARED" | "FINDING_VALIDATED" | "NOMINATION_WAITING" | "GRANT_OFFERED" | "GRANT_ACTIVE" | "MODEL_RELEASED" | "REQUEST_DECLINED" | "CONSULTATION_ANSWERED")[];
            /** @description Every kind of notice, with whether it may be turned off */
            kinds: components["schemas"]["NoticeKindDto"][];
        };
        NoticePreferencesDto: {
            /** @description Kinds not to be mailed (they still reach the inbox); critical kinds cannot be turned off */
            emailOff: ("INQUIRY_RECEIVED" | "REVIEWER_ASSIGNED" | "REVIEWER_UNASSIGNED" | "REVIEWER_RECUSED" | "RECOMMENDATION_RECORDED" | "DETERMINATION_MADE" | "WINDOW_OPENED" | "FINDING_ANSWERED" | "FINDING_FIX_CHECKED" | "FINDING_DISPUTE_RESOLVED" | "FINDINGS_SHARE_REQUESTED" | "PARTNER_REPORT_RECEIVED" | "PARTNER_REPORT_SHARED" | "FINDING_SHARED" | "FINDING_VALIDATED" | "NOMINATION_WAITING" | "GRANT_OFFERED" | "GRANT_ACTIVE" | "MODEL_RELEASED" | "REQUEST_DECLINED" | "CONSULTATION_ANSWERED")[];
        };
        MarkedReadDto: {
            /** @description How many notices this marked read */
            marked: number;
            /** @description How many are unread now */
            unread: number;
        };
        /** @enum {string} */
        WebhookStatus: "ACTIVE" | "DISABLED" | "DELETED";
        WebhookDto: {
            /** Format: uuid */
            id: string;
            url: string;
            kinds: ("*" | "INQUIRY_RECEIVED" | "REVIEWER_ASSIGNED" | "REVIEWER_UNASSIGNED" | "REVIEWER_RECUSED" | "RECOMMENDATION_RECORDED" | "DETERMINATION_MADE" | "DETERMINATION_DUE" | "DETERMINATION_OVERDUE" | "WINDOW_OPENED" | "WINDOW_CLOSING" | "WINDOW_CLOSED" | "FINDING_RECORDED" | "FINDING_ANSWERED" | "FINDING_DUE" | "FINDING_OVERDUE" | "FINDING_FIX_CHECKED" | "FINDING_DISPUTE_RESOLVED" | "FINDINGS_SHARE_REQUESTED" | "REMEDIATION_PUBLISHED" | "PARTNER_REPORT_RECEIVED" | "PARTNER_REPORT_SHARED" | "FINDING_SHARED" | "FINDING_VALIDATED" | "NOMINATION_WAITING" | "NOMINATION_EXPIRING" | "NOMINATION_EXPIRED" | "GRANT_OFFERED" | "ACCEPTANCE_DUE" | "GRANT_LAPSED" | "TERMS_CHANGED" | "GRANT_ACTIVE" | "GRANT_REVOKED" | "GRANT_SUSPENDED" | "GRANT_EXPIRED" | "ENGAGEMENT_WITHDRAWN" | "MODEL_RELEASED" | "REQUEST_RECEIVED" | "REQUEST_DECLINED" | "RECONSIDERATION_REQUESTED" | "CONSULTATION_REQUESTED" | "CONSULTATION_ANSWERED" | "WEBHOOK_DISABLED")[];
            status: components["schemas"]["WebhookStatus"];
            createdBy: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            lastSuccessAt: string | null;
            /**
             * Format: date-time
             * @description Since when every try has failed; null: the last one got through
             */
            failingSince: string | null;
            /** Format: date-time */
            disabledAt: string | null;
            disabledReason: string | null;
            /**
             * Format: date-time
             * @description Until when the secret a rotation replaced still signs beside the new one
             */
            previousSecretUntil: string | null;
        };
        WebhookListDto: {
            items: components["schemas"]["WebhookDto"][];
        };
        CreateWebhookDto: {
            /**
             * @description Where deliveries go: https, or plain http to a loopback address outside production (local receivers and tests). No user name, password or fragment.
             * @example https://hooks.example.com/frontier-access
             */
            url: string;
            /**
             * @description The notice kinds to deliver; ["*"] for every kind, now and later
             * @example [
             *       "*"
             *     ]
             */
            kinds: ("*" | "INQUIRY_RECEIVED" | "REVIEWER_ASSIGNED" | "REVIEWER_UNASSIGNED" | "REVIEWER_RECUSED" | "RECOMMENDATION_RECORDED" | "DETERMINATION_MADE" | "DETERMINATION_DUE" | "DETERMINATION_OVERDUE" | "WINDOW_OPENED" | "WINDOW_CLOSING" | "WINDOW_CLOSED" | "FINDING_RECORDED" | "FINDING_ANSWERED" | "FINDING_DUE" | "FINDING_OVERDUE" | "FINDING_FIX_CHECKED" | "FINDING_DISPUTE_RESOLVED" | "FINDINGS_SHARE_REQUESTED" | "REMEDIATION_PUBLISHED" | "PARTNER_REPORT_RECEIVED" | "PARTNER_REPORT_SHARED" | "FINDING_SHARED" | "FINDING_VALIDATED" | "NOMINATION_WAITING" | "NOMINATION_EXPIRING" | "NOMINATION_EXPIRED" | "GRANT_OFFERED" | "ACCEPTANCE_DUE" | "GRANT_LAPSED" | "TERMS_CHANGED" | "GRANT_ACTIVE" | "GRANT_REVOKED" | "GRANT_SUSPENDED" | "GRANT_EXPIRED" | "ENGAGEMENT_WITHDRAWN" | "MODEL_RELEASED" | "REQUEST_RECEIVED" | "REQUEST_DECLINED" | "RECONSIDERATION_REQUESTED" | "CONSULTATION_REQUESTED" | "CONSULTATION_ANSWERED" | "WEBHOOK_DISABLED")[];
        };
        WebhookWithSecretDto: {
            /** Format: uuid */
            id: string;
            url: string;
            kinds: ("*" | "INQUIRY_RECEIVED" | "REVIEWER_ASSIGNED" | "REVIEWER_UNASSIGNED" | "REVIEWER_RECUSED" | "RECOMMENDATION_RECORDED" | "DETERMINATION_MADE" | "DETERMINATION_DUE" | "DETERMINATION_OVERDUE" | "WINDOW_OPENED" | "WINDOW_CLOSING" | "WINDOW_CLOSED" | "FINDING_RECORDED" | "FINDING_ANSWERED" | "FINDING_DUE" | "FINDING_OVERDUE" | "FINDING_FIX_CHECKED" | "FINDING_DISPUTE_RESOLVED" | "FINDINGS_SHARE_REQUESTED" | "REMEDIATION_PUBLISHED" | "PARTNER_REPORT_RECEIVED" | "PARTNER_REPORT_SHARED" | "FINDING_SHARED" | "FINDING_VALIDATED" | "NOMINATION_WAITING" | "NOMINATION_EXPIRING" | "NOMINATION_EXPIRED" | "GRANT_OFFERED" | "ACCEPTANCE_DUE" | "GRANT_LAPSED" | "TERMS_CHANGED" | "GRANT_ACTIVE" | "GRANT_REVOKED" | "GRANT_SUSPENDED" | "GRANT_EXPIRED" | "ENGAGEMENT_WITHDRAWN" | "MODEL_RELEASED" | "REQUEST_RECEIVED" | "REQUEST_DECLINED" | "RECONSIDERATION_REQUESTED" | "CONSULTATION_REQUESTED" | "CONSULTATION_ANSWERED" | "WEBHOOK_DISABLED")[];
            status: components["schemas"]["WebhookStatus"];
            createdBy: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            lastSuccessAt: string | null;
            /**
             * Format: date-time
             * @description Since when every try has failed; null: the last one got through
             */
            failingSince: string | null;
            /** Format: date-time */
            disabledAt: string | null;
            disabledReason: string | null;
            /**
             * Format: date-time
             * @description Until when the secret a rotation replaced still signs beside the new one
             */
            previousSecretUntil: string | null;
            /**
             * @description The Standard Webhooks signing secret (whsec_…), shown once; verify each delivery with it
             * @example whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw
             */
            secret: string;
        };
        WebhookDeliveryDto: {
            /**
             * Format: uuid
             * @description The `webhook-id` every try of this delivery carries
             */
            id: string;
            /** @description The notice it delivers */
            notice: string;
            kind: components["schemas"]["NoticeKind"];
            /** @enum {string} */
            status: "PENDING" | "DELIVERED" | "FAILED";
            /** @description How many tries so far */
            attempts: number;
            /** @description The last try's HTTP status; null: the receiver was not reached */
            lastStatusCode: number | null;
            /** Format: date-time */
            lastAttemptAt: string | null;
            lastError: string | null;
            /** Format: date-time */
            deliveredAt: string | null;
            /** Format: date-time */
            failedAt: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        WebhookDeliveryListDto: {
            /** @description Newest first */
            items: components["schemas"]["WebhookDeliveryDto"][];
            nextCursor: string | null;
        };
        /** @enum {string} */
        PartnerSector: "RURAL_HOSPITAL" | "COMMUNITY_BANK" | "ELECTRIC_UTILITY" | "WATER_UTILITY" | "STATE_LOCAL_GOVERNMENT" | "OTHER_CRITICAL_INFRASTRUCTURE" | "SECURITY_PROVIDER";
        /** @enum {string} */
        VerificationStatus: "VERIFIED" | "PENDING" | "SUSPENDED";
        ContactDto: {
            name: string;
            /** Format: email */
            email: string;
            phone?: string;
        };
        CreatePartnerDto: {
            /** @description Registry id; the partner users' org claim. Generated if absent. */
            id?: string;
            name: string;
            sector: components["schemas"]["PartnerSector"];
            /**
             * @description USPS code of a state or territory
             * @enum {string}
             */
            state: "AL" | "AK" | "AZ" | "AR" | "CA" | "CO" | "CT" | "DE" | "FL" | "GA" | "HI" | "ID" | "IL" | "IN" | "IA" | "KS" | "KY" | "LA" | "ME" | "MD" | "MA" | "MI" | "MN" | "MS" | "MO" | "MT" | "NE" | "NV" | "NH" | "NJ" | "NM" | "NY" | "NC" | "ND" | "OH" | "OK" | "OR" | "PA" | "RI" | "SC" | "SD" | "TN" | "TX" | "UT" | "VT" | "VA" | "WA" | "WV" | "WI" | "WY" | "DC" | "AS" | "GU" | "MP" | "PR" | "VI" | "FM" | "MH" | "PW";
            /** @default VERIFIED */
            status: components["schemas"]["VerificationStatus"];
            contacts: components["schemas"]["ContactDto"][];
        };
        PartnerDto: {
            id: string;
            name: string;
            sector: components["schemas"]["PartnerSector"];
            state: string;
            status: components["schemas"]["VerificationStatus"];
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            contacts: components["schemas"]["ContactDto"][];
        };
        ImportPartnersDto: {
            /** @description Or send text/csv with a header: id,name,sector,state,status,contact_name,contact_email,contact_phone */
            rows: unknown[];
        };
        RejectedRowDto: {
            /** @description 1-based row number (CSV: not counting the header) */
            row: number;
            errors: string[];
        };
        ImportReportDto: {
            accepted: number;
            created: number;
            updated: number;
            rejected: components["schemas"]["RejectedRowDto"][];
        };
        PartnerSummaryDto: {
            id: string;
            name: string;
            sector: components["schemas"]["PartnerSector"];
            state: string;
            status: components["schemas"]["VerificationStatus"];
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        PartnerListDto: {
            items: components["schemas"]["PartnerSummaryDto"][];
            nextCursor: string | null;
        };
        PartnerContactsDto: {
            partnerId: string;
            contacts: components["schemas"]["ContactDto"][];
        };
        ReplaceContactsDto: {
            /** @description The partner's security contacts, all of them: its grant notices are mailed to each */
            contacts: components["schemas"]["ContactDto"][];
        };
        UpdatePartnerDto: {
            name?: string;
            /** @description SUSPENDED stops every grant of the partner at once */
            status?: components["schemas"]["VerificationStatus"];
            contacts?: components["schemas"]["ContactDto"][];
        };
        DirectoryEntryDto: {
            id: string;
            name: string;
            sector: components["schemas"]["PartnerSector"];
            state: string;
        };
        DirectoryListDto: {
            items: components["schemas"]["DirectoryEntryDto"][];
            nextCursor: string | null;
            /** @description How many verified partners match the sector and state asked for: what a nomination by that filter would name now */
            total: number;
        };
        PartnerSelectionDto: {
            sector?: components["schemas"]["PartnerSector"];
            /**
             * @description USPS code of a state or territory
             * @enum {string}
             */
            state?: "AL" | "AK" | "AZ" | "AR" | "CA" | "CO" | "CT" | "DE" | "FL" | "GA" | "HI" | "ID" | "IL" | "IN" | "IA" | "KS" | "KY" | "LA" | "ME" | "MD" | "MA" | "MI" | "MN" | "MS" | "MO" | "MT" | "NE" | "NV" | "NH" | "NJ" | "NM" | "NY" | "NC" | "ND" | "OH" | "OK" | "OR" | "PA" | "RI" | "SC" | "SD" | "TN" | "TX" | "UT" | "VT" | "VA" | "WA" | "WV" | "WI" | "WY" | "DC" | "AS" | "GU" | "MP" | "PR" | "VI" | "FM" | "MH" | "PW";
        };
        /** @description Names the partners by partnerIds or by filter: one of the two. */
        NominateDto: {
            /** @description Registry ids; or give a filter instead */
            partnerIds?: string[];
            /** @description Every VERIFIED partner matching it, at the time of nomination */
            filter?: components["schemas"]["PartnerSelectionDto"];
            /** @description At most 90, or less if MAX_GRANT_DAYS says so */
            durationDays: number;
            /**
             * Format: date-time
             * @description No grant of this nomination outlives this instant (UTC), whatever its duration: say, the public release. In the future.
             */
            accessEndsAt?: string;
            /**
             * @example [
             *       "model:query"
             *     ]
             */
            scopes: string[];
        } & (unknown | unknown);
        /**
         * @description Who nominated; the other side approves
         * @enum {string}
         */
        NominationSide: "DEVELOPER" | "GOVERNMENT";
        /** @enum {string} */
        NominationStatus: "PENDING" | "APPROVED" | "DECLINED" | "EXPIRED" | "CANCELLED";
        NominationDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            engagementId: string;
            /** @description Who nominated; the other side approves */
            side: components["schemas"]["NominationSide"];
            status: components["schemas"]["NominationStatus"];
            nominatedBy: string;
            /** @description Their display name, from the directory */
            nominatedByName: string | null;
            /** Format: date-time */
            nominatedAt: string;
            /**
             * Format: date-time
             * @description Unanswered by then, it is declined
             */
            answerBy: string;
            /** @description How many verified partners it names */
            partnerCount: number;
            durationDays: number;
            /**
             * Format: date-time
             * @description No grant of it outlives this instant
             */
            accessEndsAt?: string;
            scopes: string[];
            filter?: components["schemas"]["PartnerSelectionDto"];
            decidedBy?: string;
            /** @description Their display name, from the directory */
            decidedByName?: string | null;
            /** Format: date-time */
            decidedAt?: string;
        };
        NominationListDto: {
            items: components["schemas"]["NominationDto"][];
        };
        PublishTermsDto: {
            /** @example 2026-11 */
            version: string;
            /** @description The terms partners accept; stored with its SHA-256 */
            text: string;
            /**
             * Format: uri
             * @description The gateway partners' tokens are meant for; the window's endpoint if not given
             */
            accessEndpoint?: string;
        };
        TermsDto: {
            version: string;
            /** @description SHA-256 of the text, hex; name it when accepting */
            hash: string;
            /** Format: date-time */
            publishedAt: string;
            text?: string;
        };
        GrantPartnerDto: {
            id: string;
            /** @description Its name in the partner registry */
            name: string;
        };
        /**
         * @description SUSPENDED while the accepted terms are not the ones in force
         * @enum {string}
         */
        GrantStatus: "PENDING_ACCEPTANCE" | "ACTIVE" | "SUSPENDED" | "EXPIRED" | "REVOKED" | "LAPSED";
        /** @enum {string} */
        GrantEndReason: "EXPIRED" | "REVOKED" | "NOT_ACCEPTED" | "ENGAGEMENT_WITHDRAWN" | "ENGAGEMENT_CLOSED";
        ModelDto: {
            name: string;
            version: string;
        };
        TermsRefDto: {
            version: string;
            hash: string;
        };
        GrantDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            engagementId: string;
            partner: components["schemas"]["GrantPartnerDto"];
            /** @description SUSPENDED while the accepted terms are not the ones in force */
            status: components["schemas"]["GrantStatus"];
            scopes: string[];
            durationDays: number;
            /** Format: date-time */
            acceptBy: string;
            acceptedTermsVersion?: string;
            /** Format: date-time */
            activatedAt?: string;
            /** Format: date-time */
            expiresAt?: string;
            /** Format: date-time */
            endedAt?: string;
            endReason?: components["schemas"]["GrantEndReason"];
            model: components["schemas"]["ModelDto"];
            /** @description The terms currently in force */
            terms: components["schemas"]["TermsRefDto"] | null;
            /** @description For the partner: the text of the terms in force, to read before accepting */
            termsText?: string;
        };
        GrantListDto: {
            items: components["schemas"]["GrantDto"][];
            nextCursor: string | null;
            /** @description How many grants the list holds in all */
            total: number;
        };
        AcceptGrantDto: {
            termsVersion: string;
            termsHash: string;
        };
        RevokeGrantDto: {
            reason: string;
        };
        BulkRevokeDto: {
            /** @description Only this sector's grants */
            sector?: components["schemas"]["PartnerSector"];
            reason: string;
        };
        BulkRevocationDto: {
            /** Format: uuid */
            engagementId: string;
            /** @description How many grants this revoked */
            revoked: number;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    MeController_me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Your role, or a rule such as two-person control, does not permit this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    SignInController_login: {
        parameters: {
            query?: {
                /** @description A path on this site to come back to once signed in */
                returnTo?: unknown;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description To the identity provider */
            302: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A dependency is unavailable; nothing was changed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    SignInController_callback: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Signed in; to the page the sign-in started from */
            303: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Your role, or a rule such as two-person control, does not permit this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A dependency is unavailable; nothing was changed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    SignInController_logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignedOutDto"];
                };
            };
            /** @description Your role, or a rule such as two-person control, does not permit this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A dependency is unavailable; nothing was changed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    HealthController_check: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthDto"];
                };
            };
            /** @description A dependency is unavailable; nothing was changed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    EngagementsController_list: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The nextCursor of the previous page */
                cursor?: string;
                stage?: components["schemas"]["EngagementStage"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EngagementListDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Your role, or a rule such as two-person control, does not permit this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    EngagementsController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Repeat the request with the same key to get the first answer instead of acting twice */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateEngagementDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EngagementSummaryDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Your role, or a rule such as two-person control, does not permit this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed in the current stage; `stage` names it */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body over 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Idempotency-Key reused with a different body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A dependency is unavailable; nothing was changed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    EngagementsController_detail: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EngagementDetailDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Your role, or a rule such as two-person control, does not permit this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A dependency is unavailable; nothing was changed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    EngagementsController_assignReviewers: {
        parameters: {
            query?: never;
            header?: {
                /** @description Repeat the request with the same key to get the first answer instead of acting twice */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssignReviewersDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EngagementSummaryDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Your role, or a rule such as two-person control, does not permit this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed in the current stage; `stage` names it */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body over 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Idempotency-Key reused with a different body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A dependency is unavailable; nothing was changed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    EngagementsController_unassignReviewer: {
        parameters: {
            query?: never;
            header?: {
                /** @description Repeat the request with the same key to get the first answer instead of acting twice */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
                /** @description The reviewer's token `sub` */
                sub: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EngagementSummaryDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Your role, or a rule such as two-person control, does not permit this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed in the current stage; `stage` names it */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body over 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Idempotency-Key reused with a different body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A dependency is unavailable; nothing was changed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    EngagementsController_recuse: {
        parameters: {
            query?: never;
            header?: {
                /** @description Repeat the request with the same key to get the first answer instead of acting twice */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecusalDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EngagementSummaryDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Your role, or a rule such as two-person control, does not permit this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed in the current stage; `stage` names it */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body over 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Idempotency-Key reused with a different body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A dependency is unavailable; nothing was changed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    EngagementsController_attest: {
        parameters: {
            query?: never;
            header?: {
                /** @description Repeat the request with the same key to get the first answer instead of acting twice */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AttestationDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EngagementSummaryDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Your role, or a rule such as two-person control, does not permit this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed in the current stage; `stage` names it */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body over 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Idempotency-Key reused with a different body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A dependency is unavailable; nothing was changed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    EngagementsController_recordBenchmark: {
        parameters: {
            query?: never;
            header?: {
                /** @description Repeat the request with the same key to get the first answer instead of acting twice */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BenchmarkResultDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EngagementSummaryDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Your role, or a rule such as two-person control, does not permit this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed in the current stage; `stage` names it */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body over 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Idempotency-Key reused with a different body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A dependency is unavailable; nothing was changed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    EngagementsController_recommend: {
        parameters: {
            query?: never;
            header?: {
                /** @description Repeat the request with the same key to get the first answer instead of acting twice */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OutcomeDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EngagementSummaryDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Your role, or a rule such as two-person control, does not permit this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed in the current stage; `stage` names it */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body over 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Idempotency-Key reused with a different body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A dependency is unavailable; nothing was changed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    EngagementsController_determine: {
        parameters: {
            query?: never;
            header?: {
                /** @description Repeat the request with the same key to get the first answer instead of acting twice */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OutcomeDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EngagementSummaryDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Your role, or a rule such as two-person control, does not permit this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed in the current stage; `stage` names it */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body over 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Idempotency-Key reused with a different body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A dependency is unavailable; nothing was changed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    EngagementsController_reconsider: {
        parameters: {
            query?: never;
            header?: {
                /** @description Repeat the request with the same key to get the first answer instead of acting twice */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReconsiderationDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EngagementSummaryDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Your role, or a rule such as two-person control, does not permit this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed in the current stage; `stage` names it */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body over 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Idempotency-Key reused with a different body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A dependency is unavailable; nothing was changed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    EngagementsController_withdraw: {
        parameters: {
            query?: never;
            header?: {
                /** @description Repeat the request with the same key to get the first answer instead of acting twice */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["WithdrawDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EngagementSummaryDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Your role, or a rule such as two-person control, does not permit this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed in the current stage; `stage` names it */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body over 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Idempotency-Key reused with a different body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A dependency is unavailable; nothing was changed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    EngagementsController_dispose: {
        parameters: {
            query?: never;
            header?: {
                /** @description Repeat the request with the same key to get the first answer instead of acting twice */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EngagementSummaryDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Your role, or a rule such as two-person control, does not permit this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed in the current stage; `stage` names it */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body over 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Idempotency-Key reused with a different body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A dependency is unavailable; nothing was changed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    EngagementsController_openWindow: {
        parameters: {
            query?: never;
            header?: {
                /** @description Repeat the request with the same key to get the first answer instead of acting twice */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OpenWindowDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EngagementSummaryDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Your role, or a rule such as two-person control, does not permit this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed in the current stage; `stage` names it */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body over 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Idempotency-Key reused with a different body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A dependency is unavailable; nothing was changed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    EngagementsController_endWindow: {
        parameters: {
            query?: never;
            header?: {
                /** @description Repeat the request with the same key to get the first answer instead of acting twice */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EngagementSummaryDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Your role, or a rule such as two-person control, does not permit this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed in the current stage; `stage` names it */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body over 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Idempotency-Key reused with a different body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A dependency is unavailable; nothing was changed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    EngagementsController_declineAccess: {
        parameters: {
            query?: never;
            header?: {
                /** @description Repeat the request with the same key to get the first answer instead of acting twice */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EngagementSummaryDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Your role, or a rule such as two-person control, does not permit this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed in the current stage; `stage` names it */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body over 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Idempotency-Key reused with a different body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A dependency is unavailable; nothing was changed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    EngagementsController_release: {
        parameters: {
            query?: never;
            header?: {
                /** @description Repeat the request with the same key to get the first answer instead of acting twice */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["ReleaseDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EngagementSummaryDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Your role, or a rule such as two-person control, does not permit this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed in the current stage; `stage` names it */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body over 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Idempotency-Key reused with a different body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A dependency is unavailable; nothing was changed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    EngagementsController_close: {
        parameters: {
            query?: never;
            header?: {
                /** @description Repeat the request with the same key to get the first answer instead of acting twice */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EngagementSummaryDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Your role, or a rule such as two-person control, does not permit this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed in the current stage; `stage` names it */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body over 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Idempotency-Key reused with a different body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A dependency is unavailable; nothing was changed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    EngagementChangesController_changes: {
        parameters: {
            query?: {
                /** @description The cursor of the previous answer; absent, the answer holds no changes, only a cursor to start from */
                since?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EngagementChangesDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Your role, or a rule such as two-person control, does not permit this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AuditController_forEngagement: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The nextCursor of the previous page */
                cursor?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditEventListDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Your role, or a rule such as two-person control, does not permit this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AuditController_search: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The nextCursor of the previous page */
                cursor?: string;
                /** @description Only this engagement's events (left out: every event, those about no engagement included) */
                engagementId?: string;
                /** @description Who acted (token sub), or "system" */
                actor?: string;
                action?: string;
                subjectType?: string;
                /** @description From this instant (UTC, inclusive) */
                from?: string;
                /** @description Before this instant (UTC, exclusive) */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditEventListDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Your role, or a rule such as two-person control, does not permit this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AuditController_export: {
        parameters: {
            query?: {
                /** @description From the first event at or after this instant (UTC) */
                from?: string;
                /** @description To the last event before this instant (UTC) */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/x-ndjson": string;
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Your role, or a rule such as two-person control, does not permit this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AuditController_checkpoints: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The nextCursor of the previous page */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditCheckpointListDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Your role, or a rule such as two-person control, does not permit this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AuditController_verify: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditVerificationDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Your role, or a rule such as two-person control, does not permit this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A dependency is unavailable; nothing was changed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    FindingsController_list: {
        parameters: {
            query?: {
                status?: components["schemas"]["FindingStatus"];
                /** @description Only findings past their due date and not yet verified fixed or closed (true), or only the others (false) */
                overdue?: "true" | "false";
                tier?: components["schemas"]["RemediationTier"];
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FindingListDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Your role, or a rule such as two-person control, does not permit this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    FindingsController_record: {
        parameters: {
            query?: never;
            header?: {
                /** @description Repeat the request with the same key to get the first answer instead of acting twice */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateFindingDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FindingRecordedDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Your role, or a rule such as two-person control, does not permit this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed in the current stage; `stage` names it */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body over 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Idempotency-Key reused with a different body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A dependency is unavailable; nothing was changed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    FindingsController_detail: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                findingId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FindingDetailDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Your role, or a rule such as two-person control, does not permit this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    FindingsController_edit: {
        parameters: {
            query?: never;
            header?: {
                /** @description Repeat the request with the same key to get the first answer instead of acting twice */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
                findingId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EditFindingDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FindingDetailDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Your role, or a rule such as two-person control, does not permit this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed in the current stage; `stage` names it */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body over 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Idempotency-Key reused with a different body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A dependency is unavailable; nothing was changed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    FindingsController_verifyFix: {
        parameters: {
            query?: never;
            header?: {
                /** @description Repeat the request with the same key to get the first answer instead of acting twice */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
                findingId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VerifyFixDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FindingDetailDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Your role, or a rule such as two-person control, does not permit this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed in the current stage; `stage` names it */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body over 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Idempotency-Key reused with a different body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A dependency is unavailable; nothing was changed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    FindingsController_resolveDispute: {
        parameters: {
            query?: never;
            header?: {
                /** @description Repeat the request with the same key to get the first answer instead of acting twice */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
                findingId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResolveDisputeDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FindingDetailDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Your role, or a rule such as two-person control, does not permit this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed in the current stage; `stage` names it */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body over 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Idempotency-Key reused with a different body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A dependency is unavailable; nothing was changed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    FindingsController_requestSharing: {
        parameters: {
            query?: never;
            header?: {
                /** @description Repeat the request with the same key to get the first answer instead of acting twice */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The developer has been asked */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Your role, or a rule such as two-person control, does not permit this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed in the current stage; `stage` names it */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body over 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Idempotency-Key reused with a different body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A dependency is unavailable; nothing was changed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    FindingsController_share: {
        parameters: {
            query?: never;
            header?: {
                /** @description Repeat the request with the same key to get the first answer instead of acting twice */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
                findingId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["ShareFindingDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FindingDetailDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Your role, or a rule such as two-person control, does not permit this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed in the current stage; `stage` names it */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body over 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Idempotency-Key reused with a different body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A dependency is unavailable; nothing was changed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    FindingsController_validate: {
        parameters: {
            query?: never;
            header?: {
                /** @description Repeat the request with the same key to get the first answer instead of acting twice */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
                findingId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ValidateFindingDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SharedFindingDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Your role, or a rule such as two-person control, does not permit this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed in the current stage; `stage` names it */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body over 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Idempotency-Key reused with a different body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A dependency is unavailable; nothing was changed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    FindingsController_close: {
        parameters: {
            query?: never;
            header?: {
                /** @description Repeat the request with the same key to get the first answer instead of acting twice */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
                findingId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["CloseFindingDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FindingDetailDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Your role, or a rule such as two-person control, does not permit this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed in the current stage; `stage` names it */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body over 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Idempotency-Key reused with a different body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A dependency is unavailable; nothing was changed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    FindingsController_respond: {
        parameters: {
            query?: never;
            header?: {
                /** @description Repeat the request with the same key to get the first answer instead of acting twice */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
                findingId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FindingResponseDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FindingAnsweredDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Your role, or a rule such as two-person control, does not permit this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed in the current stage; `stage` names it */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body over 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Idempotency-Key reused with a different body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A dependency is unavailable; nothing was changed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ClearinghouseController_queue: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The nextCursor of the previous page */
                cursor?: string;
                /** @description Its remediation status */
                status?: components["schemas"]["FindingStatus"];
                /** @description Its validation outcome, or NONE for those not validated yet */
                validation?: "VALIDATED" | "DUPLICATE_OF" | "NOT_REPRODUCIBLE" | "NONE";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SharedFindingListDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Your role, or a rule such as two-person control, does not permit this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    CsafController_finding: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                findingId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Your role, or a rule such as two-person control, does not permit this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    CsafController_engagement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Your role, or a rule such as two-person control, does not permit this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    EngagementRemediationController_notices: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RemediationNoticeListDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Your role, or a rule such as two-person control, does not permit this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    EngagementRemediationController_publish: {
        parameters: {
            query?: never;
            header?: {
                /** @description Repeat the request with the same key to get the first answer instead of acting twice */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PublishRemediationDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RemediationNoticeDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Your role, or a rule such as two-person control, does not permit this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed in the current stage; `stage` names it */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body over 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Idempotency-Key reused with a different body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A dependency is unavailable; nothing was changed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    EngagementRemediationController_partnerReports: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnerReportListDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Your role, or a rule such as two-person control, does not permit this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    EngagementRemediationController_share: {
        parameters: {
            query?: never;
            header?: {
                /** @description Repeat the request with the same key to get the first answer instead of acting twice */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
                reportId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnerReportDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Your role, or a rule such as two-person control, does not permit this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed in the current stage; `stage` names it */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body over 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Idempotency-Key reused with a different body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A dependency is unavailable; nothing was changed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    GrantRemediationController_notices: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnerRemediationNoticeListDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Your role, or a rule such as two-person control, does not permit this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed in the current stage; `stage` names it */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    GrantRemediationController_acknowledge: {
        parameters: {
            query?: never;
            header?: {
                /** @description Repeat the request with the same key to get the first answer instead of acting twice */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
                noticeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnerRemediationNoticeDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Your role, or a rule such as two-person control, does not permit this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed in the current stage; `stage` names it */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body over 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Idempotency-Key reused with a different body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A dependency is unavailable; nothing was changed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    GrantRemediationController_ownReports: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnerReportReceiptListDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Your role, or a rule such as two-person control, does not permit this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    GrantRemediationController_report: {
        parameters: {
            query?: never;
            header?: {
                /** @description Repeat the request with the same key to get the first answer instead of acting twice */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReportProblemDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnerReportReceiptDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Your role, or a rule such as two-person control, does not permit this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed in the current stage; `stage` names it */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body over 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Idempotency-Key reused with a different body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A dependency is unavailable; nothing was changed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ClearinghouseReportsController_shared: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SharedPartnerReportListDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Your role, or a rule such as two-person control, does not permit this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    StatisticsController_read: {
        parameters: {
            query?: {
                /** @description Engagements submitted from this instant (UTC, inclusive) */
                from?: string;
                /** @description Engagements submitted before this instant (UTC, exclusive) */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatisticsDto"];
                    "text/csv": components["schemas"]["StatisticsDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Your role, or a rule such as two-person control, does not permit this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    InquiryRequestsController_list: {
        parameters: {
            query?: {
                status?: components["schemas"]["InquiryRequestStatus"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InquiryRequestListDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Your role, or a rule such as two-person control, does not permit this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    InquiryRequestsController_open: {
        parameters: {
            query?: never;
            header?: {
                /** @description Repeat the request with the same key to get the first answer instead of acting twice */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OpenInquiryRequestDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InquiryRequestDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Your role, or a rule such as two-person control, does not permit this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed in the current stage; `stage` names it */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body over 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Idempotency-Key reused with a different body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A dependency is unavailable; nothing was changed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    InquiryRequestsController_detail: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InquiryRequestDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Your role, or a rule such as two-person control, does not permit this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    InquiryRequestsController_accept: {
        parameters: {
            query?: never;
            header?: {
                /** @description Repeat the request with the same key to get the first answer instead of acting twice */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AcceptInquiryRequestDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InquiryRequestDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Your role, or a rule such as two-person control, does not permit this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed in the current stage; `stage` names it */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body over 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Idempotency-Key reused with a different body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A dependency is unavailable; nothing was changed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    InquiryRequestsController_decline: {
        parameters: {
            query?: never;
            header?: {
                /** @description Repeat the request with the same key to get the first answer instead of acting twice */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InquiryRequestDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Your role, or a rule such as two-person control, does not permit this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed in the current stage; `stage` names it */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body over 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Idempotency-Key reused with a different body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A dependency is unavailable; nothing was changed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    EngagementConsultationsController_ask: {
        parameters: {
            query?: never;
            header?: {
                /** @description Repeat the request with the same key to get the first answer instead of acting twice */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AskConsultationDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsultationWithEngagementDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Your role, or a rule such as two-person control, does not permit this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed in the current stage; `stage` names it */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body over 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Idempotency-Key reused with a different body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A dependency is unavailable; nothing was changed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    EngagementConsultationsController_answer: {
        parameters: {
            query?: never;
            header?: {
                /** @description Repeat the request with the same key to get the first answer instead of acting twice */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
                consultationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AnswerConsultationDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsultationWithEngagementDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Your role, or a rule such as two-person control, does not permit this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed in the current stage; `stage` names it */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body over 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Idempotency-Key reused with a different body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A dependency is unavailable; nothing was changed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ConsultationsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsultationListDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Your role, or a rule such as two-person control, does not permit this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ConsultationsController_detail: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                consultationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsultationWithEngagementDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Your role, or a rule such as two-person control, does not permit this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    RecordsController_record: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/jose+json": components["schemas"]["EngagementRecordJwsDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Your role, or a rule such as two-person control, does not permit this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A dependency is unavailable; nothing was changed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    RecordsController_keys: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecordKeysDto"];
                };
            };
        };
    };
    TokensController_issue: {
        parameters: {
            query?: never;
            header?: {
                /** @description Repeat the request with the same key to get the first answer instead of acting twice */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessTokenDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Your role, or a rule such as two-person control, does not permit this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed in the current stage; `stage` names it */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body over 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Idempotency-Key reused with a different body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A dependency is unavailable; nothing was changed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    TokensController_issueForGrant: {
        parameters: {
            query?: never;
            header?: {
                /** @description Repeat the request with the same key to get the first answer instead of acting twice */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessTokenDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Your role, or a rule such as two-person control, does not permit this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed in the current stage; `stage` names it */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body over 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Idempotency-Key reused with a different body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A dependency is unavailable; nothing was changed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    TokensController_jwks: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JwksDto"];
                };
            };
        };
    };
    TokensController_revocations: {
        parameters: {
            query?: {
                /** @description The cursor of the previous answer. Absent, the answer lists what ended within the longest token lifetime (ACCESS_TOKEN_TTL) */
                since?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RevocationListDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Your role, or a rule such as two-person control, does not permit this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    TokensController_introspect: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["IntrospectDto"];
                "application/json": components["schemas"]["IntrospectDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IntrospectionDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Your role, or a rule such as two-person control, does not permit this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body over 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    OrganizationsController_list: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The nextCursor of the previous page */
                cursor?: string;
                kind?: components["schemas"]["OrganizationKind"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationListDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Your role, or a rule such as two-person control, does not permit this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    OrganizationsController_register: {
        parameters: {
            query?: never;
            header?: {
                /** @description Repeat the request with the same key to get the first answer instead of acting twice */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateOrganizationDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Your role, or a rule such as two-person control, does not permit this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed in the current stage; `stage` names it */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body over 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Idempotency-Key reused with a different body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A dependency is unavailable; nothing was changed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    OrganizationsController_update: {
        parameters: {
            query?: never;
            header?: {
                /** @description Repeat the request with the same key to get the first answer instead of acting twice */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["UpdateOrganizationDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Your role, or a rule such as two-person control, does not permit this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed in the current stage; `stage` names it */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body over 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Idempotency-Key reused with a different body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A dependency is unavailable; nothing was changed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    PeopleController_list: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The nextCursor of the previous page */
                cursor?: string;
                role?: components["schemas"]["Role"];
                org?: string;
                /** @description Part of a sub, name or email, any case */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonListDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Your role, or a rule such as two-person control, does not permit this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    PeopleController_register: {
        parameters: {
            query?: never;
            header?: {
                /** @description Repeat the request with the same key to get the first answer instead of acting twice */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreatePersonDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Your role, or a rule such as two-person control, does not permit this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed in the current stage; `stage` names it */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body over 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Idempotency-Key reused with a different body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A dependency is unavailable; nothing was changed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    PeopleController_disable: {
        parameters: {
            query?: never;
            header?: {
                /** @description Repeat the request with the same key to get the first answer instead of acting twice */
                "Idempotency-Key"?: string;
            };
            path: {
                sub: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["DisablePersonDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DisabledPersonDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Your role, or a rule such as two-person control, does not permit this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed in the current stage; `stage` names it */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body over 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Idempotency-Key reused with a different body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A dependency is unavailable; nothing was changed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    GatewayClientsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayClientListDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Your role, or a rule such as two-person control, does not permit this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    GatewayClientsController_register: {
        parameters: {
            query?: never;
            header?: {
                /** @description Repeat the request with the same key to get the first answer instead of acting twice */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateGatewayClientDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayCredentialsDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Your role, or a rule such as two-person control, does not permit this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed in the current stage; `stage` names it */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body over 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Idempotency-Key reused with a different body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A dependency is unavailable; nothing was changed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    GatewayClientsController_rotate: {
        parameters: {
            query?: never;
            header?: {
                /** @description Repeat the request with the same key to get the first answer instead of acting twice */
                "Idempotency-Key"?: string;
            };
            path: {
                clientId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayCredentialsDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Your role, or a rule such as two-person control, does not permit this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed in the current stage; `stage` names it */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body over 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Idempotency-Key reused with a different body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A dependency is unavailable; nothing was changed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    GatewayClientsController_revoke: {
        parameters: {
            query?: never;
            header?: {
                /** @description Repeat the request with the same key to get the first answer instead of acting twice */
                "Idempotency-Key"?: string;
            };
            path: {
                clientId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayClientDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Your role, or a rule such as two-person control, does not permit this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed in the current stage; `stage` names it */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body over 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Idempotency-Key reused with a different body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A dependency is unavailable; nothing was changed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    NotificationsController_list: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The nextCursor of the previous page */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationListDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Your role, or a rule such as two-person control, does not permit this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    NotificationsController_preferences: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NoticePreferencesViewDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Your role, or a rule such as two-person control, does not permit this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    NotificationsController_setPreferences: {
        parameters: {
            query?: never;
            header?: {
                /** @description Repeat the request with the same key to get the first answer instead of acting twice */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NoticePreferencesDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NoticePreferencesViewDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Your role, or a rule such as two-person control, does not permit this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed in the current stage; `stage` names it */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body over 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Idempotency-Key reused with a different body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A dependency is unavailable; nothing was changed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    NotificationsController_readAll: {
        parameters: {
            query?: never;
            header?: {
                /** @description Repeat the request with the same key to get the first answer instead of acting twice */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarkedReadDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Your role, or a rule such as two-person control, does not permit this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed in the current stage; `stage` names it */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body over 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Idempotency-Key reused with a different body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A dependency is unavailable; nothing was changed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    NotificationsController_read: {
        parameters: {
            query?: never;
            header?: {
                /** @description Repeat the request with the same key to get the first answer instead of acting twice */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Your role, or a rule such as two-person control, does not permit this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed in the current stage; `stage` names it */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body over 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Idempotency-Key reused with a different body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A dependency is unavailable; nothing was changed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    WebhooksController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookListDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Your role, or a rule such as two-person control, does not permit this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    WebhooksController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Repeat the request with the same key to get the first answer instead of acting twice */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateWebhookDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookWithSecretDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Your role, or a rule such as two-person control, does not permit this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed in the current stage; `stage` names it */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body over 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Idempotency-Key reused with a different body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A dependency is unavailable; nothing was changed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    WebhooksController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Your role, or a rule such as two-person control, does not permit this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    WebhooksController_remove: {
        parameters: {
            query?: never;
            header?: {
                /** @description Repeat the request with the same key to get the first answer instead of acting twice */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Your role, or a rule such as two-person control, does not permit this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed in the current stage; `stage` names it */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body over 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Idempotency-Key reused with a different body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A dependency is unavailable; nothing was changed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    WebhooksController_rotateSecret: {
        parameters: {
            query?: never;
            header?: {
                /** @description Repeat the request with the same key to get the first answer instead of acting twice */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookWithSecretDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Your role, or a rule such as two-person control, does not permit this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed in the current stage; `stage` names it */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body over 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Idempotency-Key reused with a different body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A dependency is unavailable; nothing was changed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    WebhooksController_enable: {
        parameters: {
            query?: never;
            header?: {
                /** @description Repeat the request with the same key to get the first answer instead of acting twice */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Your role, or a rule such as two-person control, does not permit this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed in the current stage; `stage` names it */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body over 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Idempotency-Key reused with a different body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A dependency is unavailable; nothing was changed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    WebhooksController_deliveries: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The nextCursor of the previous page */
                cursor?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDeliveryListDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Your role, or a rule such as two-person control, does not permit this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    WebhooksController_resend: {
        parameters: {
            query?: never;
            header?: {
                /** @description Repeat the request with the same key to get the first answer instead of acting twice */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
                deliveryId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDeliveryDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Your role, or a rule such as two-person control, does not permit this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed in the current stage; `stage` names it */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body over 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Idempotency-Key reused with a different body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A dependency is unavailable; nothing was changed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    PartnersController_list: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The nextCursor of the previous page */
                cursor?: string;
                sector?: components["schemas"]["PartnerSector"];
                /** @description USPS code of a state or territory */
                state?: "AL" | "AK" | "AZ" | "AR" | "CA" | "CO" | "CT" | "DE" | "FL" | "GA" | "HI" | "ID" | "IL" | "IN" | "IA" | "KS" | "KY" | "LA" | "ME" | "MD" | "MA" | "MI" | "MN" | "MS" | "MO" | "MT" | "NE" | "NV" | "NH" | "NJ" | "NM" | "NY" | "NC" | "ND" | "OH" | "OK" | "OR" | "PA" | "RI" | "SC" | "SD" | "TN" | "TX" | "UT" | "VT" | "VA" | "WA" | "WV" | "WI" | "WY" | "DC" | "AS" | "GU" | "MP" | "PR" | "VI" | "FM" | "MH" | "PW";
                status?: components["schemas"]["VerificationStatus"];
                /** @description Part of a registry id or name, any case */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnerListDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Your role, or a rule such as two-person control, does not permit this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    PartnersController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Repeat the request with the same key to get the first answer instead of acting twice */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreatePartnerDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnerDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Your role, or a rule such as two-person control, does not permit this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed in the current stage; `stage` names it */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body over 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Idempotency-Key reused with a different body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A dependency is unavailable; nothing was changed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    PartnersController_import: {
        parameters: {
            query?: never;
            header?: {
                /** @description Repeat the request with the same key to get the first answer instead of acting twice */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ImportPartnersDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportReportDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Your role, or a rule such as two-person control, does not permit this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed in the current stage; `stage` names it */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body over 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Idempotency-Key reused with a different body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A dependency is unavailable; nothing was changed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    PartnersController_detail: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnerDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Your role, or a rule such as two-person control, does not permit this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    PartnersController_update: {
        parameters: {
            query?: never;
            header?: {
                /** @description Repeat the request with the same key to get the first answer instead of acting twice */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["UpdatePartnerDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnerDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Your role, or a rule such as two-person control, does not permit this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed in the current stage; `stage` names it */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body over 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Idempotency-Key reused with a different body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A dependency is unavailable; nothing was changed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    PartnersController_readContacts: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnerContactsDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Your role, or a rule such as two-person control, does not permit this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    PartnersController_replaceContacts: {
        parameters: {
            query?: never;
            header?: {
                /** @description Repeat the request with the same key to get the first answer instead of acting twice */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReplaceContactsDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnerContactsDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Your role, or a rule such as two-person control, does not permit this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed in the current stage; `stage` names it */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body over 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Idempotency-Key reused with a different body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A dependency is unavailable; nothing was changed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    PartnerDirectoryController_list: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The nextCursor of the previous page */
                cursor?: string;
                sector?: components["schemas"]["PartnerSector"];
                /** @description USPS code of a state or territory */
                state?: "AL" | "AK" | "AZ" | "AR" | "CA" | "CO" | "CT" | "DE" | "FL" | "GA" | "HI" | "ID" | "IL" | "IN" | "IA" | "KS" | "KY" | "LA" | "ME" | "MD" | "MA" | "MI" | "MN" | "MS" | "MO" | "MT" | "NE" | "NV" | "NH" | "NJ" | "NM" | "NY" | "NC" | "ND" | "OH" | "OK" | "OR" | "PA" | "RI" | "SC" | "SD" | "TN" | "TX" | "UT" | "VT" | "VA" | "WA" | "WV" | "WI" | "WY" | "DC" | "AS" | "GU" | "MP" | "PR" | "VI" | "FM" | "MH" | "PW";
                /** @description Part of a registry id or name, any case */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DirectoryListDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Your role, or a rule such as two-person control, does not permit this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    NominationsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NominationListDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Your role, or a rule such as two-person control, does not permit this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    NominationsController_nominate: {
        parameters: {
            query?: never;
            header?: {
                /** @description Repeat the request with the same key to get the first answer instead of acting twice */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NominateDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NominationDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Your role, or a rule such as two-person control, does not permit this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed in the current stage; `stage` names it */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body over 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Idempotency-Key reused with a different body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A dependency is unavailable; nothing was changed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    NominationsController_approve: {
        parameters: {
            query?: never;
            header?: {
                /** @description Repeat the request with the same key to get the first answer instead of acting twice */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
                nominationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NominationDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Your role, or a rule such as two-person control, does not permit this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed in the current stage; `stage` names it */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body over 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Idempotency-Key reused with a different body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A dependency is unavailable; nothing was changed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    NominationsController_decline: {
        parameters: {
            query?: never;
            header?: {
                /** @description Repeat the request with the same key to get the first answer instead of acting twice */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
                nominationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NominationDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Your role, or a rule such as two-person control, does not permit this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed in the current stage; `stage` names it */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body over 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Idempotency-Key reused with a different body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A dependency is unavailable; nothing was changed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    PartnerTermsController_current: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TermsDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Your role, or a rule such as two-person control, does not permit this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    PartnerTermsController_publish: {
        parameters: {
            query?: never;
            header?: {
                /** @description Repeat the request with the same key to get the first answer instead of acting twice */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PublishTermsDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TermsDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Your role, or a rule such as two-person control, does not permit this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed in the current stage; `stage` names it */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body over 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Idempotency-Key reused with a different body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A dependency is unavailable; nothing was changed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    GrantsController_list: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The nextCursor of the previous page */
                cursor?: string;
                engagementId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GrantListDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Your role, or a rule such as two-person control, does not permit this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    GrantsController_detail: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GrantDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Your role, or a rule such as two-person control, does not permit this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    GrantsController_accept: {
        parameters: {
            query?: never;
            header?: {
                /** @description Repeat the request with the same key to get the first answer instead of acting twice */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AcceptGrantDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GrantDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Your role, or a rule such as two-person control, does not permit this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed in the current stage; `stage` names it */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body over 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Idempotency-Key reused with a different body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A dependency is unavailable; nothing was changed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    GrantsController_revoke: {
        parameters: {
            query?: never;
            header?: {
                /** @description Repeat the request with the same key to get the first answer instead of acting twice */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RevokeGrantDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GrantDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Your role, or a rule such as two-person control, does not permit this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed in the current stage; `stage` names it */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body over 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Idempotency-Key reused with a different body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A dependency is unavailable; nothing was changed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    BulkRevocationController_revokeAll: {
        parameters: {
            query?: never;
            header?: {
                /** @description Repeat the request with the same key to get the first answer instead of acting twice */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BulkRevokeDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkRevocationDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Your role, or a rule such as two-person control, does not permit this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed in the current stage; `stage` names it */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body over 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Idempotency-Key reused with a different body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A dependency is unavailable; nothing was changed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
}
