/**
 * GENERATED from the API's /docs/json by `npm run gen:web-client` (scripts/gen-web-client.ts) —
 * do not edit. test/web/client.test.ts fails when this file is stale.
 */
export interface paths {
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "ok";
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Prometheus metrics (text format): open cases, overdue steps, payments, HTTP latency, worker SDK metrics
         * @description A Bearer token with the ops role (Prometheus `authorization` / `bearer_token_file`), from any address; or, with BANGFU_METRICS_PORT set, only on that separate port.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Prometheus text format */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/plain": string;
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/readyz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Readiness: database, Temporal, worker */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail?: string;
                            parts: {
                                [key: string]: string;
                            };
                            ready: boolean;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/calculations/{kind}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Preview a benefit amount with its breakdown
         * @description living-supplement (001 §四(一)), medical-aid (001 §四(二)), employment-subsidy (001 §四(五)), temporary-aid (001 §四(六)), retiree-medical (004 §20). Parameters not in the seeds are defaults that regions may change.
         */
        get: {
            parameters: {
                query?: {
                    /** @description YYYY-MM-DD (default: today) */
                    onDate?: string;
                    /** @description GB/T 2260 region code (default: your county) */
                    region?: string;
                };
                header?: never;
                path: {
                    kind: "living-supplement" | "medical-aid" | "employment-subsidy" | "retiree-medical" | "temporary-aid";
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            amountFen: number;
                            breakdown: unknown;
                            input: {
                                [key: string]: unknown;
                            };
                            /** @enum {string} */
                            kind: "living-supplement" | "medical-aid" | "employment-subsidy" | "retiree-medical" | "temporary-aid";
                            refs: string[];
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/calendar/working-days-left": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Working days from today to each due date (三色预警 in the inbox) */
        get: {
            parameters: {
                query: {
                    /** @description comma-separated due dates YYYY-MM-DD */
                    dates: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                date: string;
                                /** @description the date is in a year whose official calendar is not loaded (weekdays only) */
                                provisional: boolean;
                                /** @description working days from today to the date; 0 = due today; negative = working days past it */
                                workingDaysLeft: number;
                            }[];
                            /** @description today in Asia/Shanghai */
                            today: string;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Apply for help (申请): starts the case workflow
         * @description One matter, one approval (一事一批): a second open case for the same person and matter is refused with 409 naming the open case. Needs the applicant's consent to the means check (001 §五(一)). The station clerk files in their own county and township.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description the same key with the same body returns the first response; kept at least 24 h */
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        applicant: {
                            birthDate: string;
                            /** @description veteran, martyr_survivor, … (001 §三) */
                            category: string;
                            combatVeteran?: boolean;
                            decorated?: boolean;
                            /**
                             * @description household status (a fact): tekun (特困), dibao (低保), dibao_edge (低保边缘, 低边), expenditure_poverty (支出型贫困), none
                             * @enum {string}
                             */
                            householdStatus?: "tekun" | "dibao" | "dibao_edge" | "expenditure_poverty" | "none";
                            /** @description resident ID number, GB 11643 (18 characters, MOD 11-2 check character) */
                            idNumber: string;
                            name: string;
                            phone?: string;
                            receivesPeriodicPension?: boolean;
                            registeredLocally?: boolean;
                            relationToServingMember?: string;
                            remoteHardshipService?: boolean;
                            residesLocally?: boolean;
                            /** @description visits (000 §5 老弱病残、鳏寡孤独; 003 §五): groups visited more often */
                            specialGroups?: ("elderly" | "seriously_ill" | "disabled" | "widowed" | "childless" | "living_alone")[];
                            /** @description students in the household (000 §9 autumn-term visit; 001 §四(四) education aid) */
                            studentsInHousehold?: number;
                            village?: string;
                        };
                        /** @description FACTS about the applicant, per matter (never policy: rates, standards and maxima are dated regional parameters, 001 §四; a policy or unknown field is a 400 naming benefit.<field>). living_supplement: {householdStatus} (recurring, 县级人民政府退役军人事务部门 (列"其他优抚支出"科目)); medical_aid: {householdStatus, remainingSelfPaidFen, treatmentDate} (one_off, 县级人民政府退役军人事务部门 with 医疗保障部门 ("一站式"结报 where available)); employment_subsidy: {premiumPaidFen, retirementDate} (recurring, 县级人民政府退役军人事务部门 with 人力社保部门 (社会保险补贴)); temporary_aid: {requestedFen} (one_off, 县级人民政府退役军人事务部门); retiree_medical: {selfPaidFen, treatmentDate} (one_off, 军休服务管理机构); housing_referral: {rural, disabledHardship, onlyHomeCertifiedDangerous, meetsPublicRentalConditions} (referral, 住房和城乡建设部门); education_referral: {childrenInEducation} (referral, 教育部门及有关学校); funeral_referral: {} (referral, 民政部门 (殡葬服务机构)) */
                        benefit?: {
                            [key: string]: unknown;
                        };
                        /** @enum {boolean} */
                        consentToMeansCheck: true;
                        county: string;
                        /** @description emergency path (001 §五): paid first, review and approval follow */
                        emergency?: {
                            amountFen: number;
                            reason: string;
                        };
                        /** @description 001 §三(二) exclusion flags (facts): criminalPunishment, creditBlacklist, disruptivePetitioning, otherLegalBar; an approval with any of them is refused (不予帮扶援助) */
                        exclusions?: {
                            [key: string]: boolean;
                        };
                        filedBy: {
                            /** @description alias of sub */
                            agentId?: string;
                            /** @enum {string} */
                            capacity: "self" | "guardian" | "agent" | "station";
                            name?: string;
                            relation?: string;
                            /** @description agent capacity only: the agent's id (default: the caller) */
                            sub?: string;
                        };
                        /** @description 001 §三(一) situations 1–5 */
                        hardshipSituation: number;
                        /** @enum {string} */
                        matter: "living_supplement" | "medical_aid" | "employment_subsidy" | "temporary_aid" | "retiree_medical" | "housing_referral" | "education_referral" | "funeral_referral";
                        township: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description claim, unclaim, complete, appeal, objection, recheck, payment, stop, history, consent */
                            allowedActions: string[];
                            appealDeadline: string | null;
                            applicant: {
                                category: string;
                                /** @description never whole, except for auditors */
                                idNumber: string;
                                /** @description masked unless the caller is an auditor */
                                name: string;
                            } & {
                                [key: string]: unknown;
                            };
                            /** @description filed on a visit follow-up before the consent to the means check was recorded (001 §五(一)); POST /v1/cases/{id}/consent records it */
                            consentPending: boolean;
                            county: string;
                            currentStep: string | null;
                            emergency: {
                                amountFen: number;
                                reason: string;
                            } | null;
                            filedBy: {
                                capacity: string;
                            } & {
                                [key: string]: unknown;
                            };
                            hardshipSituation: number;
                            id: string;
                            matter: string;
                            open: boolean;
                            payments: {
                                amountFen: number;
                                breakdown?: unknown;
                                item: string;
                                /** @enum {string} */
                                kind: "emergency" | "regular";
                                paidAt: string;
                                paidBy?: string;
                                period: string;
                            }[];
                            priority: number;
                            publicationText: string | null;
                            receivedAt: string;
                            /** @enum {string} */
                            status: "township_review" | "county_review" | "publication" | "payable" | "paid" | "rejected" | "appeal" | "closed";
                            steps: {
                                /** @description what the caller may do on this step now */
                                actions: string[];
                                claimedBy: string | null;
                                completedAt: string | null;
                                /** @description shown to finance, auditors and the county approver: the county decision amount with its breakdown (001 §五3 审批决定), a recovery’s excess */
                                data?: {
                                    [key: string]: unknown;
                                } | null;
                                decidedBy: string | null;
                                decision: string | null;
                                /** @description when the caller may complete this step: the decisions that would be accepted (a case with a 001 §三(二) exclusion offers only reject) */
                                decisions?: ("approve" | "reject")[];
                                dueAt: string | null;
                                dueDate: string | null;
                                evidence: string[];
                                id: string;
                                openedAt: string;
                                overdue: boolean;
                                provisional: boolean;
                                reasons: string | null;
                                role: string;
                                status: string;
                                /** @enum {string} */
                                type: "township_verification" | "township_opinion" | "county_recheck" | "county_decision" | "appeal_decision" | "objection_recheck" | "recovery" | "roll_review" | "annual_review" | "visit" | "referral_outcome" | "outreach" | "travel_approval" | "travel_report" | "passport_return" | "contact" | "pay_suspension" | "medical_claim_check" | "medical_claim_approval" | "health_check" | "report_approval" | "emergency_paperwork" | "recuperation_plan";
                            }[];
                            township: string;
                            writtenReasons: string | null;
                        };
                    };
                };
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            id: string;
                            /** @enum {boolean} */
                            pending: true;
                            /** @enum {string} */
                            status: "township_review" | "county_review" | "publication" | "payable" | "paid" | "rejected" | "appeal" | "closed";
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cases/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A case: status, steps with deadlines, payments, what you may do next
         * @description Personal data is masked (name partly, the ID number never whole) except for auditors. Outside your jurisdiction → 404.
         */
        get: {
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description claim, unclaim, complete, appeal, objection, recheck, payment, stop, history, consent */
                            allowedActions: string[];
                            appealDeadline: string | null;
                            applicant: {
                                category: string;
                                /** @description never whole, except for auditors */
                                idNumber: string;
                                /** @description masked unless the caller is an auditor */
                                name: string;
                            } & {
                                [key: string]: unknown;
                            };
                            /** @description filed on a visit follow-up before the consent to the means check was recorded (001 §五(一)); POST /v1/cases/{id}/consent records it */
                            consentPending: boolean;
                            county: string;
                            currentStep: string | null;
                            emergency: {
                                amountFen: number;
                                reason: string;
                            } | null;
                            filedBy: {
                                capacity: string;
                            } & {
                                [key: string]: unknown;
                            };
                            hardshipSituation: number;
                            id: string;
                            matter: string;
                            open: boolean;
                            payments: {
                                amountFen: number;
                                breakdown?: unknown;
                                item: string;
                                /** @enum {string} */
                                kind: "emergency" | "regular";
                                paidAt: string;
                                paidBy?: string;
                                period: string;
                            }[];
                            priority: number;
                            publicationText: string | null;
                            receivedAt: string;
                            /** @enum {string} */
                            status: "township_review" | "county_review" | "publication" | "payable" | "paid" | "rejected" | "appeal" | "closed";
                            steps: {
                                /** @description what the caller may do on this step now */
                                actions: string[];
                                claimedBy: string | null;
                                completedAt: string | null;
                                /** @description shown to finance, auditors and the county approver: the county decision amount with its breakdown (001 §五3 审批决定), a recovery’s excess */
                                data?: {
                                    [key: string]: unknown;
                                } | null;
                                decidedBy: string | null;
                                decision: string | null;
                                /** @description when the caller may complete this step: the decisions that would be accepted (a case with a 001 §三(二) exclusion offers only reject) */
                                decisions?: ("approve" | "reject")[];
                                dueAt: string | null;
                                dueDate: string | null;
                                evidence: string[];
                                id: string;
                                openedAt: string;
                                overdue: boolean;
                                provisional: boolean;
                                reasons: string | null;
                                role: string;
                                status: string;
                                /** @enum {string} */
                                type: "township_verification" | "township_opinion" | "county_recheck" | "county_decision" | "appeal_decision" | "objection_recheck" | "recovery" | "roll_review" | "annual_review" | "visit" | "referral_outcome" | "outreach" | "travel_approval" | "travel_report" | "passport_return" | "contact" | "pay_suspension" | "medical_claim_check" | "medical_claim_approval" | "health_check" | "report_approval" | "emergency_paperwork" | "recuperation_plan";
                            }[];
                            township: string;
                            writtenReasons: string | null;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cases/{id}/appeal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ask for re-review (复核) of a decision — a rejection, or an approval (its amount) — on the applicant's behalf
         * @description Within the appeal window (parameter; not in seeds: default 60 days from the decision; a last day on a rest day moves to the next working day, 民法典 §203). Opens an appeal_decision task for the appeal reviewer. An approved case keeps its status and its payment while the appeal is heard; one appeal per decision. 001 §五3.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description the same key with the same body returns the first response; kept at least 24 h */
                    "idempotency-key"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @description to whom (001 §五3 "可向县级人民政府或上一级退役军人事务部门申请复核"): county_government (default; the county's appeal reviewer) or higher_veterans_department (an appeal reviewer whose token names the city, XXXX00)
                         * @enum {string}
                         */
                        body?: "county_government" | "higher_veterans_department";
                        reasons: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description claim, unclaim, complete, appeal, objection, recheck, payment, stop, history, consent */
                            allowedActions: string[];
                            appealDeadline: string | null;
                            applicant: {
                                category: string;
                                /** @description never whole, except for auditors */
                                idNumber: string;
                                /** @description masked unless the caller is an auditor */
                                name: string;
                            } & {
                                [key: string]: unknown;
                            };
                            /** @description filed on a visit follow-up before the consent to the means check was recorded (001 §五(一)); POST /v1/cases/{id}/consent records it */
                            consentPending: boolean;
                            county: string;
                            currentStep: string | null;
                            emergency: {
                                amountFen: number;
                                reason: string;
                            } | null;
                            filedBy: {
                                capacity: string;
                            } & {
                                [key: string]: unknown;
                            };
                            hardshipSituation: number;
                            id: string;
                            matter: string;
                            open: boolean;
                            payments: {
                                amountFen: number;
                                breakdown?: unknown;
                                item: string;
                                /** @enum {string} */
                                kind: "emergency" | "regular";
                                paidAt: string;
                                paidBy?: string;
                                period: string;
                            }[];
                            priority: number;
                            publicationText: string | null;
                            receivedAt: string;
                            /** @enum {string} */
                            status: "township_review" | "county_review" | "publication" | "payable" | "paid" | "rejected" | "appeal" | "closed";
                            steps: {
                                /** @description what the caller may do on this step now */
                                actions: string[];
                                claimedBy: string | null;
                                completedAt: string | null;
                                /** @description shown to finance, auditors and the county approver: the county decision amount with its breakdown (001 §五3 审批决定), a recovery’s excess */
                                data?: {
                                    [key: string]: unknown;
                                } | null;
                                decidedBy: string | null;
                                decision: string | null;
                                /** @description when the caller may complete this step: the decisions that would be accepted (a case with a 001 §三(二) exclusion offers only reject) */
                                decisions?: ("approve" | "reject")[];
                                dueAt: string | null;
                                dueDate: string | null;
                                evidence: string[];
                                id: string;
                                openedAt: string;
                                overdue: boolean;
                                provisional: boolean;
                                reasons: string | null;
                                role: string;
                                status: string;
                                /** @enum {string} */
                                type: "township_verification" | "township_opinion" | "county_recheck" | "county_decision" | "appeal_decision" | "objection_recheck" | "recovery" | "roll_review" | "annual_review" | "visit" | "referral_outcome" | "outreach" | "travel_approval" | "travel_report" | "passport_return" | "contact" | "pay_suspension" | "medical_claim_check" | "medical_claim_approval" | "health_check" | "report_approval" | "emergency_paperwork" | "recuperation_plan";
                            }[];
                            township: string;
                            writtenReasons: string | null;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cases/{id}/consent": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record the applicant's consent to the means check, for a case filed on a visit's follow-up
         * @description 001 §五(一): the means check (township_verification, 信息核对 and 入户调查) needs the applicant's consent. A case the station files on a visit's follow-up (000 §5, POST /v1/visits/{id}/record with openCase) starts before it is signed; until it is recorded here the verification can only be rejected with reasons.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description the same key with the same body returns the first response; kept at least 24 h */
                    "idempotency-key"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description the signed consent form's reference (001 §五(一)) */
                        evidence: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description claim, unclaim, complete, appeal, objection, recheck, payment, stop, history, consent */
                            allowedActions: string[];
                            appealDeadline: string | null;
                            applicant: {
                                category: string;
                                /** @description never whole, except for auditors */
                                idNumber: string;
                                /** @description masked unless the caller is an auditor */
                                name: string;
                            } & {
                                [key: string]: unknown;
                            };
                            /** @description filed on a visit follow-up before the consent to the means check was recorded (001 §五(一)); POST /v1/cases/{id}/consent records it */
                            consentPending: boolean;
                            county: string;
                            currentStep: string | null;
                            emergency: {
                                amountFen: number;
                                reason: string;
                            } | null;
                            filedBy: {
                                capacity: string;
                            } & {
                                [key: string]: unknown;
                            };
                            hardshipSituation: number;
                            id: string;
                            matter: string;
                            open: boolean;
                            payments: {
                                amountFen: number;
                                breakdown?: unknown;
                                item: string;
                                /** @enum {string} */
                                kind: "emergency" | "regular";
                                paidAt: string;
                                paidBy?: string;
                                period: string;
                            }[];
                            priority: number;
                            publicationText: string | null;
                            receivedAt: string;
                            /** @enum {string} */
                            status: "township_review" | "county_review" | "publication" | "payable" | "paid" | "rejected" | "appeal" | "closed";
                            steps: {
                                /** @description what the caller may do on this step now */
                                actions: string[];
                                claimedBy: string | null;
                                completedAt: string | null;
                                /** @description shown to finance, auditors and the county approver: the county decision amount with its breakdown (001 §五3 审批决定), a recovery’s excess */
                                data?: {
                                    [key: string]: unknown;
                                } | null;
                                decidedBy: string | null;
                                decision: string | null;
                                /** @description when the caller may complete this step: the decisions that would be accepted (a case with a 001 §三(二) exclusion offers only reject) */
                                decisions?: ("approve" | "reject")[];
                                dueAt: string | null;
                                dueDate: string | null;
                                evidence: string[];
                                id: string;
                                openedAt: string;
                                overdue: boolean;
                                provisional: boolean;
                                reasons: string | null;
                                role: string;
                                status: string;
                                /** @enum {string} */
                                type: "township_verification" | "township_opinion" | "county_recheck" | "county_decision" | "appeal_decision" | "objection_recheck" | "recovery" | "roll_review" | "annual_review" | "visit" | "referral_outcome" | "outreach" | "travel_approval" | "travel_report" | "passport_return" | "contact" | "pay_suspension" | "medical_claim_check" | "medical_claim_approval" | "health_check" | "report_approval" | "emergency_paperwork" | "recuperation_plan";
                            }[];
                            township: string;
                            writtenReasons: string | null;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cases/{id}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export a case for audit: history, case, payments with breakdowns and verification, as one JSON file
         * @description Auditors of the case's county only. The export is recorded on the case (`case_exported`) before the bundle is made, so the bundle contains it.
         */
        get: {
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description the case as the API shows it to auditors (personal data in full) */
                            case: unknown;
                            caseId: string;
                            exportedAt: string;
                            exportedBy: string;
                            /** @enum {string} */
                            format: "bangfu.case-export/1";
                            history: {
                                events: {
                                    actor: unknown;
                                    at: string;
                                    caseId: string;
                                    data: unknown;
                                    eventKey: string;
                                    hash: string;
                                    prevHash: string;
                                    refs: string[];
                                    seq: number;
                                    type: string;
                                }[];
                            };
                            /** @description every payment with its breakdown (inputs, parameters with effective dates, steps, rounding) */
                            payments: unknown[];
                            verification: {
                                brokenAt?: {
                                    eventKey?: string;
                                    reason: string;
                                    seq: number;
                                };
                                events: number;
                                valid: boolean;
                            };
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cases/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The full audit history of a case, in order, hash-chained; ?asOf= the case as it stood then
         * @description Auditors see events as stored. Other officials of the case's jurisdiction see personal data masked inside event data and snapshots (hashes as stored; `verification` is the server's check of the stored chain). With asOf (an ISO instant): the events up to then and `case`, the snapshot recorded with the latest change at or before that instant; 404 when the case did not exist yet.
         */
        get: {
            parameters: {
                query?: {
                    /** @description events after this seq (paging; 0 = from the start) */
                    afterSeq?: number;
                    /** @description the case as it stood at this instant */
                    asOf?: string;
                    /** @description at most this many events (1–1000) */
                    limit?: number;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description with ?asOf: the instant asked for */
                            asOf?: string;
                            /** @description with ?asOf: the case as it stood then (the snapshot recorded with the latest change at or before asOf) */
                            case?: unknown;
                            caseId: string;
                            events: {
                                actor: unknown;
                                at: string;
                                caseId: string;
                                data: unknown;
                                eventKey: string;
                                hash: string;
                                prevHash: string;
                                refs: string[];
                                seq: number;
                                type: string;
                            }[];
                            /** @description true for officials who are not auditors: names and ID numbers inside data and snapshots are masked; hashes are as stored */
                            masked?: boolean;
                            /** @description which events this answer holds (?afterSeq, ?limit) */
                            page?: {
                                afterSeq: number;
                                limit: number;
                                /** @description present when more events follow: pass it as ?afterSeq= for the next page */
                                nextAfterSeq?: number;
                            };
                            /** @description with ?asOf: the event whose snapshot `case` is */
                            snapshotSeq?: number;
                            /** @description with ?asOf: the case status at that instant */
                            status?: string;
                            /** @description the stored chain, verified by the server */
                            verification: {
                                brokenAt?: {
                                    eventKey?: string;
                                    reason: string;
                                    seq: number;
                                };
                                events: number;
                                valid: boolean;
                            };
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cases/{id}/history/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Verify the case's audit chain: valid, or the first broken event
         * @description Recomputes every hash from the stored events: an edited, deleted or reordered event breaks the chain at that point.
         */
        get: {
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            brokenAt?: {
                                eventKey?: string;
                                reason: string;
                                seq: number;
                            };
                            caseId: string;
                            events: number;
                            valid: boolean;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cases/{id}/objections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record an objection raised during publication (公示): the case goes to a re-check before payment */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description the same key with the same body returns the first response; kept at least 24 h */
                    "idempotency-key"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        text: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description claim, unclaim, complete, appeal, objection, recheck, payment, stop, history, consent */
                            allowedActions: string[];
                            appealDeadline: string | null;
                            applicant: {
                                category: string;
                                /** @description never whole, except for auditors */
                                idNumber: string;
                                /** @description masked unless the caller is an auditor */
                                name: string;
                            } & {
                                [key: string]: unknown;
                            };
                            /** @description filed on a visit follow-up before the consent to the means check was recorded (001 §五(一)); POST /v1/cases/{id}/consent records it */
                            consentPending: boolean;
                            county: string;
                            currentStep: string | null;
                            emergency: {
                                amountFen: number;
                                reason: string;
                            } | null;
                            filedBy: {
                                capacity: string;
                            } & {
                                [key: string]: unknown;
                            };
                            hardshipSituation: number;
                            id: string;
                            matter: string;
                            open: boolean;
                            payments: {
                                amountFen: number;
                                breakdown?: unknown;
                                item: string;
                                /** @enum {string} */
                                kind: "emergency" | "regular";
                                paidAt: string;
                                paidBy?: string;
                                period: string;
                            }[];
                            priority: number;
                            publicationText: string | null;
                            receivedAt: string;
                            /** @enum {string} */
                            status: "township_review" | "county_review" | "publication" | "payable" | "paid" | "rejected" | "appeal" | "closed";
                            steps: {
                                /** @description what the caller may do on this step now */
                                actions: string[];
                                claimedBy: string | null;
                                completedAt: string | null;
                                /** @description shown to finance, auditors and the county approver: the county decision amount with its breakdown (001 §五3 审批决定), a recovery’s excess */
                                data?: {
                                    [key: string]: unknown;
                                } | null;
                                decidedBy: string | null;
                                decision: string | null;
                                /** @description when the caller may complete this step: the decisions that would be accepted (a case with a 001 §三(二) exclusion offers only reject) */
                                decisions?: ("approve" | "reject")[];
                                dueAt: string | null;
                                dueDate: string | null;
                                evidence: string[];
                                id: string;
                                openedAt: string;
                                overdue: boolean;
                                provisional: boolean;
                                reasons: string | null;
                                role: string;
                                status: string;
                                /** @enum {string} */
                                type: "township_verification" | "township_opinion" | "county_recheck" | "county_decision" | "appeal_decision" | "objection_recheck" | "recovery" | "roll_review" | "annual_review" | "visit" | "referral_outcome" | "outreach" | "travel_approval" | "travel_report" | "passport_return" | "contact" | "pay_suspension" | "medical_claim_check" | "medical_claim_approval" | "health_check" | "report_approval" | "emergency_paperwork" | "recuperation_plan";
                            }[];
                            township: string;
                            writtenReasons: string | null;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cases/{id}/payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Disburse the approved benefit (exactly once per case, item and period)
         * @description The amount comes from the benefit calculators (rules/) with its breakdown. SPEC §2.6, §3.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description required: the same key with the same body returns the first response; kept at least 24 h */
                    "idempotency-key": string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        period?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description claim, unclaim, complete, appeal, objection, recheck, payment, stop, history, consent */
                            allowedActions: string[];
                            appealDeadline: string | null;
                            applicant: {
                                category: string;
                                /** @description never whole, except for auditors */
                                idNumber: string;
                                /** @description masked unless the caller is an auditor */
                                name: string;
                            } & {
                                [key: string]: unknown;
                            };
                            /** @description filed on a visit follow-up before the consent to the means check was recorded (001 §五(一)); POST /v1/cases/{id}/consent records it */
                            consentPending: boolean;
                            county: string;
                            currentStep: string | null;
                            emergency: {
                                amountFen: number;
                                reason: string;
                            } | null;
                            filedBy: {
                                capacity: string;
                            } & {
                                [key: string]: unknown;
                            };
                            hardshipSituation: number;
                            id: string;
                            matter: string;
                            open: boolean;
                            payment: {
                                amountFen: number;
                                breakdown?: unknown;
                                item: string;
                                /** @enum {string} */
                                kind: "emergency" | "regular";
                                paidAt: string;
                                paidBy?: string;
                                period: string;
                            } | null;
                            payments: {
                                amountFen: number;
                                breakdown?: unknown;
                                item: string;
                                /** @enum {string} */
                                kind: "emergency" | "regular";
                                paidAt: string;
                                paidBy?: string;
                                period: string;
                            }[];
                            priority: number;
                            publicationText: string | null;
                            receivedAt: string;
                            /** @enum {string} */
                            status: "township_review" | "county_review" | "publication" | "payable" | "paid" | "rejected" | "appeal" | "closed";
                            steps: {
                                /** @description what the caller may do on this step now */
                                actions: string[];
                                claimedBy: string | null;
                                completedAt: string | null;
                                /** @description shown to finance, auditors and the county approver: the county decision amount with its breakdown (001 §五3 审批决定), a recovery’s excess */
                                data?: {
                                    [key: string]: unknown;
                                } | null;
                                decidedBy: string | null;
                                decision: string | null;
                                /** @description when the caller may complete this step: the decisions that would be accepted (a case with a 001 §三(二) exclusion offers only reject) */
                                decisions?: ("approve" | "reject")[];
                                dueAt: string | null;
                                dueDate: string | null;
                                evidence: string[];
                                id: string;
                                openedAt: string;
                                overdue: boolean;
                                provisional: boolean;
                                reasons: string | null;
                                role: string;
                                status: string;
                                /** @enum {string} */
                                type: "township_verification" | "township_opinion" | "county_recheck" | "county_decision" | "appeal_decision" | "objection_recheck" | "recovery" | "roll_review" | "annual_review" | "visit" | "referral_outcome" | "outreach" | "travel_approval" | "travel_report" | "passport_return" | "contact" | "pay_suspension" | "medical_claim_check" | "medical_claim_approval" | "health_check" | "report_approval" | "emergency_paperwork" | "recuperation_plan";
                            }[];
                            township: string;
                            writtenReasons: string | null;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cases/{id}/recheck": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Commission the county service center to re-check (复查) before the county decision
         * @description 001 §五(三). The county decision waits until the re-check is done.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description the same key with the same body returns the first response; kept at least 24 h */
                    "idempotency-key"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reasons?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description claim, unclaim, complete, appeal, objection, recheck, payment, stop, history, consent */
                            allowedActions: string[];
                            appealDeadline: string | null;
                            applicant: {
                                category: string;
                                /** @description never whole, except for auditors */
                                idNumber: string;
                                /** @description masked unless the caller is an auditor */
                                name: string;
                            } & {
                                [key: string]: unknown;
                            };
                            /** @description filed on a visit follow-up before the consent to the means check was recorded (001 §五(一)); POST /v1/cases/{id}/consent records it */
                            consentPending: boolean;
                            county: string;
                            currentStep: string | null;
                            emergency: {
                                amountFen: number;
                                reason: string;
                            } | null;
                            filedBy: {
                                capacity: string;
                            } & {
                                [key: string]: unknown;
                            };
                            hardshipSituation: number;
                            id: string;
                            matter: string;
                            open: boolean;
                            payments: {
                                amountFen: number;
                                breakdown?: unknown;
                                item: string;
                                /** @enum {string} */
                                kind: "emergency" | "regular";
                                paidAt: string;
                                paidBy?: string;
                                period: string;
                            }[];
                            priority: number;
                            publicationText: string | null;
                            receivedAt: string;
                            /** @enum {string} */
                            status: "township_review" | "county_review" | "publication" | "payable" | "paid" | "rejected" | "appeal" | "closed";
                            steps: {
                                /** @description what the caller may do on this step now */
                                actions: string[];
                                claimedBy: string | null;
                                completedAt: string | null;
                                /** @description shown to finance, auditors and the county approver: the county decision amount with its breakdown (001 §五3 审批决定), a recovery’s excess */
                                data?: {
                                    [key: string]: unknown;
                                } | null;
                                decidedBy: string | null;
                                decision: string | null;
                                /** @description when the caller may complete this step: the decisions that would be accepted (a case with a 001 §三(二) exclusion offers only reject) */
                                decisions?: ("approve" | "reject")[];
                                dueAt: string | null;
                                dueDate: string | null;
                                evidence: string[];
                                id: string;
                                openedAt: string;
                                overdue: boolean;
                                provisional: boolean;
                                reasons: string | null;
                                role: string;
                                status: string;
                                /** @enum {string} */
                                type: "township_verification" | "township_opinion" | "county_recheck" | "county_decision" | "appeal_decision" | "objection_recheck" | "recovery" | "roll_review" | "annual_review" | "visit" | "referral_outcome" | "outreach" | "travel_approval" | "travel_report" | "passport_return" | "contact" | "pay_suspension" | "medical_claim_check" | "medical_claim_approval" | "health_check" | "report_approval" | "emergency_paperwork" | "recuperation_plan";
                            }[];
                            township: string;
                            writtenReasons: string | null;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cases/{id}/stop": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Stop a recurring living supplement (e.g. the household left 低保)
         * @description 001 §四(一), 000 §4. Closes the case after the last paid month.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description the same key with the same body returns the first response; kept at least 24 h */
                    "idempotency-key"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reasons: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description claim, unclaim, complete, appeal, objection, recheck, payment, stop, history, consent */
                            allowedActions: string[];
                            appealDeadline: string | null;
                            applicant: {
                                category: string;
                                /** @description never whole, except for auditors */
                                idNumber: string;
                                /** @description masked unless the caller is an auditor */
                                name: string;
                            } & {
                                [key: string]: unknown;
                            };
                            /** @description filed on a visit follow-up before the consent to the means check was recorded (001 §五(一)); POST /v1/cases/{id}/consent records it */
                            consentPending: boolean;
                            county: string;
                            currentStep: string | null;
                            emergency: {
                                amountFen: number;
                                reason: string;
                            } | null;
                            filedBy: {
                                capacity: string;
                            } & {
                                [key: string]: unknown;
                            };
                            hardshipSituation: number;
                            id: string;
                            matter: string;
                            open: boolean;
                            payments: {
                                amountFen: number;
                                breakdown?: unknown;
                                item: string;
                                /** @enum {string} */
                                kind: "emergency" | "regular";
                                paidAt: string;
                                paidBy?: string;
                                period: string;
                            }[];
                            priority: number;
                            publicationText: string | null;
                            receivedAt: string;
                            /** @enum {string} */
                            status: "township_review" | "county_review" | "publication" | "payable" | "paid" | "rejected" | "appeal" | "closed";
                            steps: {
                                /** @description what the caller may do on this step now */
                                actions: string[];
                                claimedBy: string | null;
                                completedAt: string | null;
                                /** @description shown to finance, auditors and the county approver: the county decision amount with its breakdown (001 §五3 审批决定), a recovery’s excess */
                                data?: {
                                    [key: string]: unknown;
                                } | null;
                                decidedBy: string | null;
                                decision: string | null;
                                /** @description when the caller may complete this step: the decisions that would be accepted (a case with a 001 §三(二) exclusion offers only reject) */
                                decisions?: ("approve" | "reject")[];
                                dueAt: string | null;
                                dueDate: string | null;
                                evidence: string[];
                                id: string;
                                openedAt: string;
                                overdue: boolean;
                                provisional: boolean;
                                reasons: string | null;
                                role: string;
                                status: string;
                                /** @enum {string} */
                                type: "township_verification" | "township_opinion" | "county_recheck" | "county_decision" | "appeal_decision" | "objection_recheck" | "recovery" | "roll_review" | "annual_review" | "visit" | "referral_outcome" | "outreach" | "travel_approval" | "travel_report" | "passport_return" | "contact" | "pay_suspension" | "medical_claim_check" | "medical_claim_approval" | "health_check" | "report_approval" | "emergency_paperwork" | "recuperation_plan";
                            }[];
                            township: string;
                            writtenReasons: string | null;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/dev/token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Local sign-in available? (404 when a public key is configured or the caller is not on this machine) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            local: true;
                            roles: ("station_clerk" | "township_reviewer" | "township_approver" | "county_rechecker" | "county_approver" | "appeal_reviewer" | "finance" | "auditor" | "ops" | "retiree_officer" | "institution_head" | "retiree_approver")[];
                            ttlSeconds: number;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Local sign-in: a token for a chosen role and jurisdiction, signed with the local HS256 secret
         * @description The same token `npm run bangfu -- token` prints. 404 whenever BANGFU_JWT_PUBLIC_KEY is configured (production tokens come from the identity provider) and for callers not on loopback.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        county: string;
                        roles: ("station_clerk" | "township_reviewer" | "township_approver" | "county_rechecker" | "county_approver" | "appeal_reviewer" | "finance" | "auditor" | "ops" | "retiree_officer" | "institution_head" | "retiree_approver")[];
                        sub: string;
                        township?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            county: string;
                            expiresAt: string;
                            roles: ("station_clerk" | "township_reviewer" | "township_approver" | "county_rechecker" | "county_approver" | "appeal_reviewer" | "finance" | "auditor" | "ops" | "retiree_officer" | "institution_head" | "retiree_approver")[];
                            sub: string;
                            token: string;
                            township?: string;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/inbox-filters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your saved inbox filters */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                filter: {
                                    /** @default true */
                                    desc: boolean;
                                    /** @default false */
                                    overdue: boolean;
                                    /**
                                     * @description mine = claimed by me; unclaimed; all in my jurisdiction; done = completed
                                     * @enum {string}
                                     */
                                    queue: "mine" | "unclaimed" | "all" | "done";
                                    /**
                                     * @default priority
                                     * @enum {string}
                                     */
                                    sort: "caseId" | "type" | "priority" | "dueDate" | "left";
                                    /** @default  */
                                    step: ("township_verification" | "township_opinion" | "county_recheck" | "county_decision" | "appeal_decision" | "objection_recheck" | "recovery" | "roll_review" | "annual_review" | "visit" | "referral_outcome" | "outreach" | "travel_approval" | "travel_report" | "passport_return" | "contact" | "pay_suspension" | "medical_claim_check" | "medical_claim_approval" | "health_check" | "report_approval" | "emergency_paperwork" | "recuperation_plan") | "";
                                };
                                name: string;
                                updatedAt: string;
                            }[];
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/inbox-filters/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Save (or replace) an inbox filter under a name (at most 20) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    name: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default true */
                        desc?: boolean;
                        /** @default false */
                        overdue?: boolean;
                        /**
                         * @description mine = claimed by me; unclaimed; all in my jurisdiction; done = completed
                         * @enum {string}
                         */
                        queue: "mine" | "unclaimed" | "all" | "done";
                        /**
                         * @default priority
                         * @enum {string}
                         */
                        sort?: "caseId" | "type" | "priority" | "dueDate" | "left";
                        /** @default  */
                        step?: ("township_verification" | "township_opinion" | "county_recheck" | "county_decision" | "appeal_decision" | "objection_recheck" | "recovery" | "roll_review" | "annual_review" | "visit" | "referral_outcome" | "outreach" | "travel_approval" | "travel_report" | "passport_return" | "contact" | "pay_suspension" | "medical_claim_check" | "medical_claim_approval" | "health_check" | "report_approval" | "emergency_paperwork" | "recuperation_plan") | "";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            filter: {
                                /** @default true */
                                desc: boolean;
                                /** @default false */
                                overdue: boolean;
                                /**
                                 * @description mine = claimed by me; unclaimed; all in my jurisdiction; done = completed
                                 * @enum {string}
                                 */
                                queue: "mine" | "unclaimed" | "all" | "done";
                                /**
                                 * @default priority
                                 * @enum {string}
                                 */
                                sort: "caseId" | "type" | "priority" | "dueDate" | "left";
                                /** @default  */
                                step: ("township_verification" | "township_opinion" | "county_recheck" | "county_decision" | "appeal_decision" | "objection_recheck" | "recovery" | "roll_review" | "annual_review" | "visit" | "referral_outcome" | "outreach" | "travel_approval" | "travel_report" | "passport_return" | "contact" | "pay_suspension" | "medical_claim_check" | "medical_claim_approval" | "health_check" | "report_approval" | "emergency_paperwork" | "recuperation_plan") | "";
                            };
                            name: string;
                            updatedAt: string;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        post?: never;
        /** Delete a saved inbox filter */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    name: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description application/problem+json (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ops/calendar": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Calendar coverage: which years are official, which provisional, which ops loaded */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            firstYear: number;
                            lastYear: number;
                            /** @description years loaded by ops (they replace the bundled data for that year) */
                            loaded: {
                                holidays: number;
                                loadedAt: string;
                                loadedBy: string;
                                source: string;
                                workdays: number;
                                year: number;
                            }[];
                            officialYears: number[];
                            /** @description years up to next year with no official calendar: counted weekdays-only and flagged provisional (so is every year not listed as official) */
                            provisionalYears: number[];
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ops/calendar/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Load a newly published year's official calendar (holidays and 调休 working days)
         * @description Replaces that year's calendar (bundled or loaded before). Audited on the system chain; running cases recompute their provisional deadlines (SPEC §2 "Working days").
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    year: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description statutory holiday dates of the year (days off) */
                        holidays: string[];
                        /** @description where the calendar was published, e.g. 国务院办公厅关于2027年部分节假日安排的通知 */
                        source: string;
                        /** @description adjusted working days (调休): weekend days that are working days */
                        workdays: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            holidays: number;
                            recompute: {
                                failed: number;
                                finished: number;
                                /** @description true: still signalling running cases; the counts are its progress so far */
                                running?: boolean;
                                signalled: number;
                                /** @description the fan-out workflow (GET /v1/ops/recomputes follows it) */
                                workflowId?: string;
                            };
                            replaced: boolean;
                            source: string;
                            /** @enum {string} */
                            status: "official";
                            workdays: number;
                            year: number;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ops/counts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Cases by status, open steps by type (with overdue), steps that became overdue per day */
        get: {
            parameters: {
                query?: {
                    county?: string;
                    days?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            byStatus: {
                                county: string;
                                n: number;
                                status: string;
                            }[];
                            byStep: {
                                county: string;
                                n: number;
                                overdue: number;
                                step: string;
                            }[];
                            overdueByDay: {
                                day: string;
                                n: number;
                            }[];
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ops/due-soon": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Steps due within the next N working days (default 2; 0 = by the end of today) */
        get: {
            parameters: {
                query?: {
                    /** @description any county (ops see every county); default: all */
                    county?: string;
                    limit?: number;
                    offset?: number;
                    /** @description task type, e.g. township_verification */
                    step?: "township_verification" | "township_opinion" | "county_recheck" | "county_decision" | "appeal_decision" | "objection_recheck" | "recovery" | "roll_review" | "annual_review" | "visit" | "referral_outcome" | "outreach" | "travel_approval" | "travel_report" | "passport_return" | "contact" | "pay_suspension" | "medical_claim_check" | "medical_claim_approval" | "health_check" | "report_approval" | "emergency_paperwork" | "recuperation_plan";
                    township?: string;
                    withinWorkingDays?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                caseId: string;
                                county: string;
                                dueAt: string | null;
                                dueDate: string | null;
                                overdue: boolean;
                                priority: number;
                                /** @description the deadline falls in a year whose official calendar is not loaded yet */
                                provisional: boolean;
                                receivedOn: string;
                                role: string;
                                step: string;
                                taskId: string;
                                township: string;
                                /** @description overdue list: working days past the due date; due-soon list: working days left (kept for older clients) */
                                workingDays: number;
                                /** @description working days from the step's receipt date to today (Asia/Shanghai), by the calendar */
                                workingDaysOpen: number;
                                /** @description working days from the due date to today; 0 when not overdue */
                                workingDaysOverdue: number;
                            }[];
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ops/overdue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every overdue step (open past its deadline), oldest first, with its age in working days
         * @description Ops see every county; filter with county, township and step. At a deadline nothing is decided: the step stays open and is listed here (SPEC §2).
         */
        get: {
            parameters: {
                query?: {
                    /** @description any county (ops see every county); default: all */
                    county?: string;
                    limit?: number;
                    offset?: number;
                    /** @description task type, e.g. township_verification */
                    step?: "township_verification" | "township_opinion" | "county_recheck" | "county_decision" | "appeal_decision" | "objection_recheck" | "recovery" | "roll_review" | "annual_review" | "visit" | "referral_outcome" | "outreach" | "travel_approval" | "travel_report" | "passport_return" | "contact" | "pay_suspension" | "medical_claim_check" | "medical_claim_approval" | "health_check" | "report_approval" | "emergency_paperwork" | "recuperation_plan";
                    township?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                caseId: string;
                                county: string;
                                dueAt: string | null;
                                dueDate: string | null;
                                overdue: boolean;
                                priority: number;
                                /** @description the deadline falls in a year whose official calendar is not loaded yet */
                                provisional: boolean;
                                receivedOn: string;
                                role: string;
                                step: string;
                                taskId: string;
                                township: string;
                                /** @description overdue list: working days past the due date; due-soon list: working days left (kept for older clients) */
                                workingDays: number;
                                /** @description working days from the step's receipt date to today (Asia/Shanghai), by the calendar */
                                workingDaysOpen: number;
                                /** @description working days from the due date to today; 0 when not overdue */
                                workingDaysOverdue: number;
                            }[];
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ops/parameters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Add a dated regional parameter value (effective from a date, for a region and its subregions)
         * @description The key must be known (rules/parameters.ts) and the value of its type. Earlier values stay for earlier dates. Audited on the system chain; running cases recompute their provisional deadlines. 409 when a value for the same region, key and date exists. Only for the token's own region and below (403 OUT_OF_REGION). A value effective before today is not applied: 202 with an approval id, for a second ops official to approve.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        effectiveFrom: string;
                        /**
                         * @description a known parameter key (rules/parameters.ts)
                         * @enum {string}
                         */
                        key: "township_review_working_days" | "county_decision_working_days" | "publication_working_days" | "appeal_filing_days" | "appeal_decision_working_days" | "reminder_working_days_before" | "jurisdiction_basis" | "living_supplement_min_rate" | "living_supplement_rate" | "living_supplement_includes_dibao_edge" | "dibao_standard_fen" | "prev_year_per_capita_consumption_fen" | "emergency_aid_max_fen" | "medical_aid_cap_period" | "retiree_medical_cap_period" | "referral_outcome_working_days" | "medical_aid_rate" | "medical_aid_cap_rate" | "employment_subsidy_rate" | "employment_subsidy_max_months" | "employment_subsidy_retirement_window_years" | "employment_subsidy_extends_to_retirement" | "temporary_aid_max_fen" | "retiree_medical_band1_threshold_fen" | "retiree_medical_band1_rate" | "retiree_medical_band2_threshold_fen" | "retiree_medical_band2_rate" | "retiree_medical_cap_fen" | "rounding" | "retired_cadre_intake_first_month" | "retired_cadre_intake_last_month" | "retired_cadre_travel_approval_working_days" | "retired_cadre_contact_interval_months" | "retired_cadre_lost_contact_suspend_months" | "retired_cadre_passport_return_days" | "retired_cadre_long_stay_months" | "retired_cadre_very_old_age" | "retired_cadre_care_visit_months" | "roll_interval_months" | "roll_review_working_days" | "outreach_working_days" | "annual_review_months" | "annual_review_working_days" | "visit_routine_interval_months" | "visit_special_interval_months" | "visit_elderly_age_years" | "visit_after_emergency_working_days" | "visit_working_days" | "autumn_term_month" | "education_aid_fen";
                        /** @description true when the seeds documents do not fix this value */
                        notInSeeds?: boolean;
                        /** @description the legal reference or decision that sets the value */
                        ref: string;
                        region: string;
                        value: number | string | boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            createdBy: string;
                            effectiveFrom: string;
                            key: string;
                            notInSeeds: boolean;
                            recompute: {
                                failed: number;
                                finished: number;
                                /** @description true: still signalling running cases; the counts are its progress so far */
                                running?: boolean;
                                signalled: number;
                                /** @description the fan-out workflow (GET /v1/ops/recomputes follows it) */
                                workflowId?: string;
                            };
                            ref: string;
                            region: string;
                            value: number | string | boolean;
                        };
                    };
                };
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            approvalId: string;
                            detail: string;
                            effectiveFrom: string;
                            key: string;
                            ref: string;
                            region: string;
                            requestedBy: string;
                            /** @enum {string} */
                            status: "pending_approval";
                            value: number | string | boolean;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ops/parameters/approvals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Backdated parameter values waiting for a second approver (in your region) */
        get: {
            parameters: {
                query?: {
                    status?: "pending" | "approved" | "rejected";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                decidedBy: string | null;
                                effectiveFrom: string;
                                id: string;
                                key: string;
                                ref: string;
                                region: string;
                                requestedAt: string;
                                requestedBy: string;
                                status: string;
                                value: unknown;
                            }[];
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ops/parameters/approvals/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve a backdated parameter value (a second ops official of the region): it is applied and running cases recompute */
        post: {
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
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            approvedBy: string;
                            createdBy: string;
                            effectiveFrom: string;
                            key: string;
                            notInSeeds: boolean;
                            recompute: {
                                failed: number;
                                finished: number;
                                signalled: number;
                            };
                            ref: string;
                            region: string;
                            value: number | string | boolean;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ops/parameters/approvals/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reject a backdated parameter value (a second ops official of the region) */
        post: {
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            decidedBy: string;
                            id: string;
                            /** @enum {string} */
                            status: "rejected";
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ops/recomputes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Deadline recomputations after calendar or parameter changes: each fan-out workflow with its progress
         * @description A calendar year or parameter change starts a workflow that signals every running case in batches (resumable); this lists the latest with their counts.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                failed: number;
                                finished: number;
                                reason: string;
                                /** @description true: still signalling running cases; the counts are its progress so far */
                                running?: boolean;
                                signalled: number;
                                startedAt: string;
                                status: string;
                                /** @description the fan-out workflow (GET /v1/ops/recomputes follows it) */
                                workflowId?: string;
                            }[];
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ops/schedules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The standing duties' schedules with their next run */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                lastRun: string | null;
                                /** @description the next run (ISO instant) */
                                nextRun: string | null;
                                nextRuns: string[];
                                paused: boolean;
                                refs: string[];
                                sweep: string | null;
                                what: string | null;
                            }[];
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ops/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Counts by status, step and county, and overdue counts over time
         * @description byStatus: cases by status and county; byStep: open steps by type and county with how many are marked overdue; byCounty: open cases, open steps and steps past due now; overdueOverTime: steps that became overdue per day over the last `days` days.
         */
        get: {
            parameters: {
                query?: {
                    county?: string;
                    days?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            asOf: string;
                            byCounty: {
                                county: string;
                                openCases: number;
                                openSteps: number;
                                overdueSteps: number;
                            }[];
                            byStatus: {
                                county: string;
                                n: number;
                                status: string;
                            }[];
                            byStep: {
                                county: string;
                                n: number;
                                overdue: number;
                                step: string;
                            }[];
                            overdueByDay: {
                                day: string;
                                n: number;
                            }[];
                            /** @description steps that became overdue, per day (Asia/Shanghai) */
                            overdueOverTime: {
                                day: string;
                                n: number;
                            }[];
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ops/stuck": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Cases waiting for ops: a write the database refused as bad input (the case does not retry forever)
         * @description After fixing the cause, signal the case workflow `retryStuck` to try the write again.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                caseId: string;
                                error: string;
                                since: string;
                            }[];
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reports/disclosure": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Public disclosure: standards, conditions, procedure and use of funds (001 §六(四))
         * @description JSON; Accept: text/csv for CSV, Accept: text/html for a printable page. Aggregates only, no personal data.
         */
        get: {
            parameters: {
                query: {
                    county: string;
                    from: string;
                    to: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description application/problem+json (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/retirees": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Intake of a retired cadre (接收安置), February–October only (004 §5)
         * @description Outside the window (parameters retired_cadre_intake_first_month/last_month) → 422 naming the rule and the next opening date. The institution is the county's unless named.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description the same key with the same body returns the first response; kept at least 24 h */
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        address?: string;
                        birthDate: string;
                        /** @description 004 §24 重病、失能 */
                        careFlags?: {
                            disabled?: boolean;
                            seriouslyIll?: boolean;
                        };
                        county: string;
                        /** @description resident ID number, GB 11643 (18 characters, MOD 11-2 check character) */
                        idNumber: string;
                        /** @description the service institution (军休服务管理机构); default: the county's */
                        institution?: string;
                        name: string;
                        phone?: string;
                        /**
                         * @description division = 师级; regiment_or_below = 团级及以下 (004 §15, §16)
                         * @enum {string}
                         */
                        rankClass: "division" | "regiment_or_below";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            care: {
                                [key: string]: unknown;
                            }[];
                            claimId?: string;
                            contactId?: string;
                            contacts: {
                                [key: string]: unknown;
                            }[];
                            county: string;
                            createdAt: string;
                            id: string;
                            /** @description masked unless the caller is an auditor */
                            idNumber: string;
                            institution: string;
                            lastContactOn: string | null;
                            medicalClaims: {
                                [key: string]: unknown;
                            }[];
                            medicalPayments: {
                                [key: string]: unknown;
                            }[];
                            /** @description masked unless the caller is an auditor */
                            name: string;
                            paySuspended: boolean;
                            /** @enum {string} */
                            rankClass: "division" | "regiment_or_below";
                            recordId?: string;
                            reportId?: string;
                            reports: {
                                [key: string]: unknown;
                            }[];
                            /** @enum {string} */
                            status: "active" | "abroad" | "suspended" | "deceased";
                            tasks: {
                                claimedBy: string | null;
                                completedAt: string | null;
                                completedBy: string | null;
                                decision: string | null;
                                dueAt: string | null;
                                dueDate: string | null;
                                id: string;
                                openedAt: string;
                                overdue: boolean;
                                role: string;
                                status: string;
                                type: string;
                            }[];
                            travelId?: string;
                            travels: {
                                [key: string]: unknown;
                            }[];
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/retirees/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A retired cadre's file: status, tasks, travel, contacts, claims and payments, care */
        get: {
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            care: {
                                [key: string]: unknown;
                            }[];
                            contacts: {
                                [key: string]: unknown;
                            }[];
                            county: string;
                            createdAt: string;
                            id: string;
                            /** @description masked unless the caller is an auditor */
                            idNumber: string;
                            institution: string;
                            lastContactOn: string | null;
                            medicalClaims: {
                                [key: string]: unknown;
                            }[];
                            medicalPayments: {
                                [key: string]: unknown;
                            }[];
                            /** @description masked unless the caller is an auditor */
                            name: string;
                            paySuspended: boolean;
                            /** @enum {string} */
                            rankClass: "division" | "regiment_or_below";
                            reports: {
                                [key: string]: unknown;
                            }[];
                            /** @enum {string} */
                            status: "active" | "abroad" | "suspended" | "deceased";
                            tasks: {
                                claimedBy: string | null;
                                completedAt: string | null;
                                completedBy: string | null;
                                decision: string | null;
                                dueAt: string | null;
                                dueDate: string | null;
                                id: string;
                                openedAt: string;
                                overdue: boolean;
                                role: string;
                                status: string;
                                type: string;
                            }[];
                            travels: {
                                [key: string]: unknown;
                            }[];
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/retirees/{id}/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a contact: who, how, notes (004 §15 每月至少联系1次) */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description the same key with the same body returns the first response; kept at least 24 h */
                    "idempotency-key"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: date-time */
                        contactedAt?: string;
                        /** @enum {string} */
                        method: "phone" | "visit" | "video" | "message" | "letter" | "other";
                        notes?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            care: {
                                [key: string]: unknown;
                            }[];
                            claimId?: string;
                            contactId?: string;
                            contacts: {
                                [key: string]: unknown;
                            }[];
                            county: string;
                            createdAt: string;
                            id: string;
                            /** @description masked unless the caller is an auditor */
                            idNumber: string;
                            institution: string;
                            lastContactOn: string | null;
                            medicalClaims: {
                                [key: string]: unknown;
                            }[];
                            medicalPayments: {
                                [key: string]: unknown;
                            }[];
                            /** @description masked unless the caller is an auditor */
                            name: string;
                            paySuspended: boolean;
                            /** @enum {string} */
                            rankClass: "division" | "regiment_or_below";
                            recordId?: string;
                            reportId?: string;
                            reports: {
                                [key: string]: unknown;
                            }[];
                            /** @enum {string} */
                            status: "active" | "abroad" | "suspended" | "deceased";
                            tasks: {
                                claimedBy: string | null;
                                completedAt: string | null;
                                completedBy: string | null;
                                decision: string | null;
                                dueAt: string | null;
                                dueDate: string | null;
                                id: string;
                                openedAt: string;
                                overdue: boolean;
                                role: string;
                                status: string;
                                type: string;
                            }[];
                            travelId?: string;
                            travels: {
                                [key: string]: unknown;
                            }[];
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/retirees/{id}/emergency-treatments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Emergency treatment given first; the paperwork follows (004 §23 先抢救，后补办手续) */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description the same key with the same body returns the first response; kept at least 24 h */
                    "idempotency-key"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        basis: "retirement_certificate" | "institution_certificate";
                        hospital: string;
                        treatedOn: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            care: {
                                [key: string]: unknown;
                            }[];
                            claimId?: string;
                            contactId?: string;
                            contacts: {
                                [key: string]: unknown;
                            }[];
                            county: string;
                            createdAt: string;
                            id: string;
                            /** @description masked unless the caller is an auditor */
                            idNumber: string;
                            institution: string;
                            lastContactOn: string | null;
                            medicalClaims: {
                                [key: string]: unknown;
                            }[];
                            medicalPayments: {
                                [key: string]: unknown;
                            }[];
                            /** @description masked unless the caller is an auditor */
                            name: string;
                            paySuspended: boolean;
                            /** @enum {string} */
                            rankClass: "division" | "regiment_or_below";
                            recordId?: string;
                            reportId?: string;
                            reports: {
                                [key: string]: unknown;
                            }[];
                            /** @enum {string} */
                            status: "active" | "abroad" | "suspended" | "deceased";
                            tasks: {
                                claimedBy: string | null;
                                completedAt: string | null;
                                completedBy: string | null;
                                decision: string | null;
                                dueAt: string | null;
                                dueDate: string | null;
                                id: string;
                                openedAt: string;
                                overdue: boolean;
                                role: string;
                                status: string;
                                type: string;
                            }[];
                            travelId?: string;
                            travels: {
                                [key: string]: unknown;
                            }[];
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/retirees/{id}/medical-claims": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A medical subsidy claim: officer check, head approval, payment by the institution (004 §20) */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description the same key with the same body returns the first response; kept at least 24 h */
                    "idempotency-key"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        description?: string;
                        period?: string;
                        /** @description self-paid cost within basic insurance and medical subsidy (004 §20), in fen */
                        selfPaidFen: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            care: {
                                [key: string]: unknown;
                            }[];
                            claimId?: string;
                            contactId?: string;
                            contacts: {
                                [key: string]: unknown;
                            }[];
                            county: string;
                            createdAt: string;
                            id: string;
                            /** @description masked unless the caller is an auditor */
                            idNumber: string;
                            institution: string;
                            lastContactOn: string | null;
                            medicalClaims: {
                                [key: string]: unknown;
                            }[];
                            medicalPayments: {
                                [key: string]: unknown;
                            }[];
                            /** @description masked unless the caller is an auditor */
                            name: string;
                            paySuspended: boolean;
                            /** @enum {string} */
                            rankClass: "division" | "regiment_or_below";
                            recordId?: string;
                            reportId?: string;
                            reports: {
                                [key: string]: unknown;
                            }[];
                            /** @enum {string} */
                            status: "active" | "abroad" | "suspended" | "deceased";
                            tasks: {
                                claimedBy: string | null;
                                completedAt: string | null;
                                completedBy: string | null;
                                decision: string | null;
                                dueAt: string | null;
                                dueDate: string | null;
                                id: string;
                                openedAt: string;
                                overdue: boolean;
                                role: string;
                                status: string;
                                type: string;
                            }[];
                            travelId?: string;
                            travels: {
                                [key: string]: unknown;
                            }[];
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/retirees/{id}/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A matter the cadre reports (004 §18) or a social-organisation post for approval (004 §16) */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description the same key with the same body returns the first response; kept at least 24 h */
                    "idempotency-key"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        details: string;
                        /** @enum {string} */
                        kind: "remarriage" | "household_move" | "residence_change" | "award" | "violation" | "social_organisation_post";
                        major?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            care: {
                                [key: string]: unknown;
                            }[];
                            claimId?: string;
                            contactId?: string;
                            contacts: {
                                [key: string]: unknown;
                            }[];
                            county: string;
                            createdAt: string;
                            id: string;
                            /** @description masked unless the caller is an auditor */
                            idNumber: string;
                            institution: string;
                            lastContactOn: string | null;
                            medicalClaims: {
                                [key: string]: unknown;
                            }[];
                            medicalPayments: {
                                [key: string]: unknown;
                            }[];
                            /** @description masked unless the caller is an auditor */
                            name: string;
                            paySuspended: boolean;
                            /** @enum {string} */
                            rankClass: "division" | "regiment_or_below";
                            recordId?: string;
                            reportId?: string;
                            reports: {
                                [key: string]: unknown;
                            }[];
                            /** @enum {string} */
                            status: "active" | "abroad" | "suspended" | "deceased";
                            tasks: {
                                claimedBy: string | null;
                                completedAt: string | null;
                                completedBy: string | null;
                                decision: string | null;
                                dueAt: string | null;
                                dueDate: string | null;
                                id: string;
                                openedAt: string;
                                overdue: boolean;
                                role: string;
                                status: string;
                                type: string;
                            }[];
                            travelId?: string;
                            travels: {
                                [key: string]: unknown;
                            }[];
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/retirees/{id}/travel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Travel abroad: 师级 apply for approval, 团级及以下 file (004 §15) */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description the same key with the same body returns the first response; kept at least 24 h */
                    "idempotency-key"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        departOn: string;
                        destination: string;
                        /** @description 师级: the institution head's signed opinion on the 审批表 (004 §15) */
                        headOpinion?: string;
                        plannedReturnOn?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            care: {
                                [key: string]: unknown;
                            }[];
                            claimId?: string;
                            contactId?: string;
                            contacts: {
                                [key: string]: unknown;
                            }[];
                            county: string;
                            createdAt: string;
                            id: string;
                            /** @description masked unless the caller is an auditor */
                            idNumber: string;
                            institution: string;
                            lastContactOn: string | null;
                            medicalClaims: {
                                [key: string]: unknown;
                            }[];
                            medicalPayments: {
                                [key: string]: unknown;
                            }[];
                            /** @description masked unless the caller is an auditor */
                            name: string;
                            paySuspended: boolean;
                            /** @enum {string} */
                            rankClass: "division" | "regiment_or_below";
                            recordId?: string;
                            reportId?: string;
                            reports: {
                                [key: string]: unknown;
                            }[];
                            /** @enum {string} */
                            status: "active" | "abroad" | "suspended" | "deceased";
                            tasks: {
                                claimedBy: string | null;
                                completedAt: string | null;
                                completedBy: string | null;
                                decision: string | null;
                                dueAt: string | null;
                                dueDate: string | null;
                                id: string;
                                openedAt: string;
                                overdue: boolean;
                                role: string;
                                status: string;
                                type: string;
                            }[];
                            travelId?: string;
                            travels: {
                                [key: string]: unknown;
                            }[];
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/retirees/{id}/travel/{travelId}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The cadre is back: the passport is due within 10 days (004 §15) */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description the same key with the same body returns the first response; kept at least 24 h */
                    "idempotency-key"?: string;
                };
                path: {
                    id: string;
                    travelId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        returnedOn: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            care: {
                                [key: string]: unknown;
                            }[];
                            claimId?: string;
                            contactId?: string;
                            contacts: {
                                [key: string]: unknown;
                            }[];
                            county: string;
                            createdAt: string;
                            id: string;
                            /** @description masked unless the caller is an auditor */
                            idNumber: string;
                            institution: string;
                            lastContactOn: string | null;
                            medicalClaims: {
                                [key: string]: unknown;
                            }[];
                            medicalPayments: {
                                [key: string]: unknown;
                            }[];
                            /** @description masked unless the caller is an auditor */
                            name: string;
                            paySuspended: boolean;
                            /** @enum {string} */
                            rankClass: "division" | "regiment_or_below";
                            recordId?: string;
                            reportId?: string;
                            reports: {
                                [key: string]: unknown;
                            }[];
                            /** @enum {string} */
                            status: "active" | "abroad" | "suspended" | "deceased";
                            tasks: {
                                claimedBy: string | null;
                                completedAt: string | null;
                                completedBy: string | null;
                                decision: string | null;
                                dueAt: string | null;
                                dueDate: string | null;
                                id: string;
                                openedAt: string;
                                overdue: boolean;
                                role: string;
                                status: string;
                                type: string;
                            }[];
                            travelId?: string;
                            travels: {
                                [key: string]: unknown;
                            }[];
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/rolls/{kind}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import a 低保 / 特困 / 脱贫监测 roll and compare it with Bangfu's files
         * @description Body text/csv, UTF-8 or GB18030, header 身份证号,姓名,状态,起始日期. A bad row → 400 naming its line (header = line 1) and column; nothing is imported. 003 §九; 000 §4.
         */
        post: {
            parameters: {
                query: {
                    region: string;
                };
                header?: never;
                path: {
                    kind: "dibao" | "tekun" | "monitoring";
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: number;
                            /** @description tasks opened by type */
                            counts: {
                                [key: string]: number;
                            };
                            exited: number;
                            /** @description false when this very file was imported before (nothing stored twice) */
                            imported: boolean;
                            /** @enum {string} */
                            kind: "dibao" | "tekun" | "monitoring";
                            opened: {
                                caseId: string | null;
                                county: string;
                                taskId: string;
                                township: string;
                                /** @enum {string} */
                                type: "roll_review" | "annual_review" | "visit" | "referral_outcome" | "outreach";
                            }[];
                            openedCount: number;
                            region: string;
                            rollId: string;
                            rows: number;
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: number;
                            /** @description tasks opened by type */
                            counts: {
                                [key: string]: number;
                            };
                            exited: number;
                            /** @description false when this very file was imported before (nothing stored twice) */
                            imported: boolean;
                            /** @enum {string} */
                            kind: "dibao" | "tekun" | "monitoring";
                            opened: {
                                caseId: string | null;
                                county: string;
                                taskId: string;
                                township: string;
                                /** @enum {string} */
                                type: "roll_review" | "annual_review" | "visit" | "referral_outcome" | "outreach";
                            }[];
                            openedCount: number;
                            region: string;
                            rollId: string;
                            rows: number;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/security/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Security log: probes of other jurisdictions, unknown case ids, rate-limit hits (newest first, paged) */
        get: {
            parameters: {
                query?: {
                    /** @description the id of the last event of the previous page */
                    before?: number;
                    kind?: "refused_outside_jurisdiction" | "refused_unknown_target" | "rate_limited";
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                action: string;
                                actor: unknown;
                                at: string;
                                code: string;
                                id: number;
                                kind: string;
                                reason: string;
                                target: string | null;
                            }[];
                            nextBefore?: number;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Your inbox: tasks for your roles in your jurisdiction, by priority then deadline
         * @description Priority follows 000 §3 (hardship severity, service contribution, conduct). Township roles see their township, county roles their county.
         */
        get: {
            parameters: {
                query?: {
                    /** @description a subject, "me", or "none" for unclaimed */
                    claimedBy?: string;
                    /** @description tasks due on or before this date */
                    dueDate?: string;
                    limit?: number;
                    offset?: number;
                    overdue?: "0" | "1" | "true" | "false";
                    provisional?: "0" | "1" | "true" | "false";
                    status?: "open" | "completed" | "cancelled" | "any";
                    type?: "township_verification" | "township_opinion" | "county_recheck" | "county_decision" | "appeal_decision" | "objection_recheck" | "recovery" | "roll_review" | "annual_review" | "visit" | "referral_outcome" | "outreach" | "travel_approval" | "travel_report" | "passport_return" | "contact" | "pay_suspension" | "medical_claim_check" | "medical_claim_approval" | "health_check" | "report_approval" | "emergency_paperwork" | "recuperation_plan";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @description the file the task belongs to: a case id (BF…), or another process's file for a standing duty or a retired cadre */
                                caseId: string;
                                claimedBy: string | null;
                                county: string;
                                /** @description what the official needs to see on the task: county_decision → amount {amountFen, monthly, breakdown, refs} computed from the facts and the regional parameters (001 §五3 审批决定), or amountProblem; recovery → emergencyPaidFen, decidedFen, excessFen */
                                data?: {
                                    [key: string]: unknown;
                                } | null;
                                dueAt: string | null;
                                dueDate: string | null;
                                id: string;
                                openedAt: string;
                                overdue: boolean;
                                priority: number;
                                provisional: boolean;
                                role: string;
                                status: string;
                                township: string;
                                /**
                                 * @description case steps: township_verification — township_reviewer (township), deadline township_review_working_days; township_opinion — township_approver (township), deadline township_review_working_days; county_recheck — county_rechecker (county), deadline county_decision_working_days; county_decision — county_approver (county), deadline county_decision_working_days; appeal_decision — appeal_reviewer (county), deadline appeal_decision_working_days; objection_recheck — county_rechecker (county), deadline county_decision_working_days; recovery — finance (county); roll_review — county_approver (county), deadline roll_review_working_days; annual_review — county_approver (county), deadline annual_review_working_days; visit — township_reviewer (township), deadline visit_working_days; referral_outcome — county_rechecker (county), deadline referral_outcome_working_days; outreach — township_reviewer (township), deadline outreach_working_days; travel_approval — retiree_approver (county), deadline retired_cadre_travel_approval_working_days; travel_report — retiree_officer (county); passport_return — retiree_officer (county); contact — retiree_officer (county); pay_suspension — institution_head (county); medical_claim_check — retiree_officer (county); medical_claim_approval — institution_head (county); health_check — retiree_officer (county); report_approval — retiree_approver (county); emergency_paperwork — retiree_officer (county); recuperation_plan — retiree_approver (county)
                                 * @enum {string}
                                 */
                                type: "township_verification" | "township_opinion" | "county_recheck" | "county_decision" | "appeal_decision" | "objection_recheck" | "recovery" | "roll_review" | "annual_review" | "visit" | "referral_outcome" | "outreach" | "travel_approval" | "travel_report" | "passport_return" | "contact" | "pay_suspension" | "medical_claim_check" | "medical_claim_approval" | "health_check" | "report_approval" | "emergency_paperwork" | "recuperation_plan";
                            }[];
                            total: number;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tasks/{id}/claim": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Claim a task (others then cannot complete it) */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description the same key with the same body returns the first response; kept at least 24 h */
                    "idempotency-key"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description claim, unclaim, complete, appeal, objection, recheck, payment, stop, history, consent */
                            allowedActions: string[];
                            appealDeadline: string | null;
                            applicant: {
                                category: string;
                                /** @description never whole, except for auditors */
                                idNumber: string;
                                /** @description masked unless the caller is an auditor */
                                name: string;
                            } & {
                                [key: string]: unknown;
                            };
                            /** @description filed on a visit follow-up before the consent to the means check was recorded (001 §五(一)); POST /v1/cases/{id}/consent records it */
                            consentPending: boolean;
                            county: string;
                            currentStep: string | null;
                            emergency: {
                                amountFen: number;
                                reason: string;
                            } | null;
                            filedBy: {
                                capacity: string;
                            } & {
                                [key: string]: unknown;
                            };
                            hardshipSituation: number;
                            id: string;
                            matter: string;
                            open: boolean;
                            payments: {
                                amountFen: number;
                                breakdown?: unknown;
                                item: string;
                                /** @enum {string} */
                                kind: "emergency" | "regular";
                                paidAt: string;
                                paidBy?: string;
                                period: string;
                            }[];
                            priority: number;
                            publicationText: string | null;
                            receivedAt: string;
                            /** @enum {string} */
                            status: "township_review" | "county_review" | "publication" | "payable" | "paid" | "rejected" | "appeal" | "closed";
                            steps: {
                                /** @description what the caller may do on this step now */
                                actions: string[];
                                claimedBy: string | null;
                                completedAt: string | null;
                                /** @description shown to finance, auditors and the county approver: the county decision amount with its breakdown (001 §五3 审批决定), a recovery’s excess */
                                data?: {
                                    [key: string]: unknown;
                                } | null;
                                decidedBy: string | null;
                                decision: string | null;
                                /** @description when the caller may complete this step: the decisions that would be accepted (a case with a 001 §三(二) exclusion offers only reject) */
                                decisions?: ("approve" | "reject")[];
                                dueAt: string | null;
                                dueDate: string | null;
                                evidence: string[];
                                id: string;
                                openedAt: string;
                                overdue: boolean;
                                provisional: boolean;
                                reasons: string | null;
                                role: string;
                                status: string;
                                /** @enum {string} */
                                type: "township_verification" | "township_opinion" | "county_recheck" | "county_decision" | "appeal_decision" | "objection_recheck" | "recovery" | "roll_review" | "annual_review" | "visit" | "referral_outcome" | "outreach" | "travel_approval" | "travel_report" | "passport_return" | "contact" | "pay_suspension" | "medical_claim_check" | "medical_claim_approval" | "health_check" | "report_approval" | "emergency_paperwork" | "recuperation_plan";
                            }[];
                            township: string;
                            writtenReasons: string | null;
                        } | {
                            subject: {
                                id: string;
                                type: string;
                            };
                            task: {
                                /** @description the file the task belongs to: a case id (BF…), or another process's file for a standing duty or a retired cadre */
                                caseId: string;
                                claimedBy: string | null;
                                county: string;
                                /** @description what the official needs to see on the task: county_decision → amount {amountFen, monthly, breakdown, refs} computed from the facts and the regional parameters (001 §五3 审批决定), or amountProblem; recovery → emergencyPaidFen, decidedFen, excessFen */
                                data?: {
                                    [key: string]: unknown;
                                } | null;
                                dueAt: string | null;
                                dueDate: string | null;
                                id: string;
                                openedAt: string;
                                overdue: boolean;
                                priority: number;
                                provisional: boolean;
                                role: string;
                                status: string;
                                township: string;
                                /**
                                 * @description case steps: township_verification — township_reviewer (township), deadline township_review_working_days; township_opinion — township_approver (township), deadline township_review_working_days; county_recheck — county_rechecker (county), deadline county_decision_working_days; county_decision — county_approver (county), deadline county_decision_working_days; appeal_decision — appeal_reviewer (county), deadline appeal_decision_working_days; objection_recheck — county_rechecker (county), deadline county_decision_working_days; recovery — finance (county); roll_review — county_approver (county), deadline roll_review_working_days; annual_review — county_approver (county), deadline annual_review_working_days; visit — township_reviewer (township), deadline visit_working_days; referral_outcome — county_rechecker (county), deadline referral_outcome_working_days; outreach — township_reviewer (township), deadline outreach_working_days; travel_approval — retiree_approver (county), deadline retired_cadre_travel_approval_working_days; travel_report — retiree_officer (county); passport_return — retiree_officer (county); contact — retiree_officer (county); pay_suspension — institution_head (county); medical_claim_check — retiree_officer (county); medical_claim_approval — institution_head (county); health_check — retiree_officer (county); report_approval — retiree_approver (county); emergency_paperwork — retiree_officer (county); recuperation_plan — retiree_approver (county)
                                 * @enum {string}
                                 */
                                type: "township_verification" | "township_opinion" | "county_recheck" | "county_decision" | "appeal_decision" | "objection_recheck" | "recovery" | "roll_review" | "annual_review" | "visit" | "referral_outcome" | "outreach" | "travel_approval" | "travel_report" | "passport_return" | "contact" | "pay_suspension" | "medical_claim_check" | "medical_claim_approval" | "health_check" | "report_approval" | "emergency_paperwork" | "recuperation_plan";
                            };
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tasks/{id}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Decide a task: approve (passes this step) or reject, with reasons and evidence
         * @description For appeal_decision, approve means the appeal is granted. A rejection, a township opinion, a county decision and an appeal decision need written reasons. Whoever gave the township opinion on a case, or filed it as agent, may not make its county decision (separation of duties → 403). A case step answers with the case; a task of another process (a standing duty, a retired cadre's) answers with the task.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description the same key with the same body returns the first response; kept at least 24 h */
                    "idempotency-key"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description county decision on temporary aid: the amount decided (within the regional maximum) */
                        amountFen?: number;
                        /**
                         * @description approve = passes this step; for appeal_decision, approve = the appeal is granted
                         * @enum {string}
                         */
                        decision: "approve" | "reject";
                        /** @description references to evidence (file ids, visit record numbers) */
                        evidence?: (string | ({
                            ref: string;
                        } & {
                            [key: string]: unknown;
                        }))[];
                        /** @description county decision only: publish in the village/community (视情况; default true) */
                        publish?: boolean;
                        reasons?: string;
                        /** @description referral_outcome of a referral case only (001 §五 last paragraph 按现行规定程序及渠道办理): the other department's answer; the case closes with it recorded (issue 12 row 12) */
                        referral?: {
                            /** @description money the department granted, if any (whole fen; recorded, not paid by this case) */
                            amountFen?: number;
                            /** @description the other department (or its official) that decided */
                            decidedBy?: string;
                            /** @description YYYY-MM-DD the department decided (not before the referral) */
                            decidedOn?: string;
                            /** @description the result: housing public_rental_priority | dangerous_house_renovation | not_eligible; education education_subsidy | fee_waiver | local_supplement | not_eligible; funeral basic_funeral_fees_waived | not_eligible */
                            outcome?: string;
                            /** @description the department's decision number or file */
                            reference?: string;
                        };
                        /** @description township_verification only (facts found on the visit): conduct 现实表现 (000 §3), seriousIllness, seriousDisability (000 §2, §6 重病重残); the case priority is recomputed from them (issue 12 row 13) */
                        verification?: {
                            /**
                             * @description 现实表现: commendable, ordinary, concern (000 §3)
                             * @enum {string}
                             */
                            conduct?: "commendable" | "ordinary" | "concern";
                            /** @description 致残 (000 §2; 000 §6 重残) */
                            seriousDisability?: boolean;
                            /** @description 患有严重疾病 (000 §2; 000 §6 重病) */
                            seriousIllness?: boolean;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description claim, unclaim, complete, appeal, objection, recheck, payment, stop, history, consent */
                            allowedActions: string[];
                            appealDeadline: string | null;
                            applicant: {
                                category: string;
                                /** @description never whole, except for auditors */
                                idNumber: string;
                                /** @description masked unless the caller is an auditor */
                                name: string;
                            } & {
                                [key: string]: unknown;
                            };
                            /** @description filed on a visit follow-up before the consent to the means check was recorded (001 §五(一)); POST /v1/cases/{id}/consent records it */
                            consentPending: boolean;
                            county: string;
                            currentStep: string | null;
                            emergency: {
                                amountFen: number;
                                reason: string;
                            } | null;
                            filedBy: {
                                capacity: string;
                            } & {
                                [key: string]: unknown;
                            };
                            hardshipSituation: number;
                            id: string;
                            matter: string;
                            open: boolean;
                            payments: {
                                amountFen: number;
                                breakdown?: unknown;
                                item: string;
                                /** @enum {string} */
                                kind: "emergency" | "regular";
                                paidAt: string;
                                paidBy?: string;
                                period: string;
                            }[];
                            priority: number;
                            publicationText: string | null;
                            receivedAt: string;
                            /** @enum {string} */
                            status: "township_review" | "county_review" | "publication" | "payable" | "paid" | "rejected" | "appeal" | "closed";
                            steps: {
                                /** @description what the caller may do on this step now */
                                actions: string[];
                                claimedBy: string | null;
                                completedAt: string | null;
                                /** @description shown to finance, auditors and the county approver: the county decision amount with its breakdown (001 §五3 审批决定), a recovery’s excess */
                                data?: {
                                    [key: string]: unknown;
                                } | null;
                                decidedBy: string | null;
                                decision: string | null;
                                /** @description when the caller may complete this step: the decisions that would be accepted (a case with a 001 §三(二) exclusion offers only reject) */
                                decisions?: ("approve" | "reject")[];
                                dueAt: string | null;
                                dueDate: string | null;
                                evidence: string[];
                                id: string;
                                openedAt: string;
                                overdue: boolean;
                                provisional: boolean;
                                reasons: string | null;
                                role: string;
                                status: string;
                                /** @enum {string} */
                                type: "township_verification" | "township_opinion" | "county_recheck" | "county_decision" | "appeal_decision" | "objection_recheck" | "recovery" | "roll_review" | "annual_review" | "visit" | "referral_outcome" | "outreach" | "travel_approval" | "travel_report" | "passport_return" | "contact" | "pay_suspension" | "medical_claim_check" | "medical_claim_approval" | "health_check" | "report_approval" | "emergency_paperwork" | "recuperation_plan";
                            }[];
                            township: string;
                            writtenReasons: string | null;
                        } | {
                            subject: {
                                id: string;
                                type: string;
                            };
                            task: {
                                /** @description the file the task belongs to: a case id (BF…), or another process's file for a standing duty or a retired cadre */
                                caseId: string;
                                claimedBy: string | null;
                                county: string;
                                /** @description what the official needs to see on the task: county_decision → amount {amountFen, monthly, breakdown, refs} computed from the facts and the regional parameters (001 §五3 审批决定), or amountProblem; recovery → emergencyPaidFen, decidedFen, excessFen */
                                data?: {
                                    [key: string]: unknown;
                                } | null;
                                dueAt: string | null;
                                dueDate: string | null;
                                id: string;
                                openedAt: string;
                                overdue: boolean;
                                priority: number;
                                provisional: boolean;
                                role: string;
                                status: string;
                                township: string;
                                /**
                                 * @description case steps: township_verification — township_reviewer (township), deadline township_review_working_days; township_opinion — township_approver (township), deadline township_review_working_days; county_recheck — county_rechecker (county), deadline county_decision_working_days; county_decision — county_approver (county), deadline county_decision_working_days; appeal_decision — appeal_reviewer (county), deadline appeal_decision_working_days; objection_recheck — county_rechecker (county), deadline county_decision_working_days; recovery — finance (county); roll_review — county_approver (county), deadline roll_review_working_days; annual_review — county_approver (county), deadline annual_review_working_days; visit — township_reviewer (township), deadline visit_working_days; referral_outcome — county_rechecker (county), deadline referral_outcome_working_days; outreach — township_reviewer (township), deadline outreach_working_days; travel_approval — retiree_approver (county), deadline retired_cadre_travel_approval_working_days; travel_report — retiree_officer (county); passport_return — retiree_officer (county); contact — retiree_officer (county); pay_suspension — institution_head (county); medical_claim_check — retiree_officer (county); medical_claim_approval — institution_head (county); health_check — retiree_officer (county); report_approval — retiree_approver (county); emergency_paperwork — retiree_officer (county); recuperation_plan — retiree_approver (county)
                                 * @enum {string}
                                 */
                                type: "township_verification" | "township_opinion" | "county_recheck" | "county_decision" | "appeal_decision" | "objection_recheck" | "recovery" | "roll_review" | "annual_review" | "visit" | "referral_outcome" | "outreach" | "travel_approval" | "travel_report" | "passport_return" | "contact" | "pay_suspension" | "medical_claim_check" | "medical_claim_approval" | "health_check" | "report_approval" | "emergency_paperwork" | "recuperation_plan";
                            };
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tasks/{id}/unclaim": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Give a claimed task back to the queue */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description the same key with the same body returns the first response; kept at least 24 h */
                    "idempotency-key"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description claim, unclaim, complete, appeal, objection, recheck, payment, stop, history, consent */
                            allowedActions: string[];
                            appealDeadline: string | null;
                            applicant: {
                                category: string;
                                /** @description never whole, except for auditors */
                                idNumber: string;
                                /** @description masked unless the caller is an auditor */
                                name: string;
                            } & {
                                [key: string]: unknown;
                            };
                            /** @description filed on a visit follow-up before the consent to the means check was recorded (001 §五(一)); POST /v1/cases/{id}/consent records it */
                            consentPending: boolean;
                            county: string;
                            currentStep: string | null;
                            emergency: {
                                amountFen: number;
                                reason: string;
                            } | null;
                            filedBy: {
                                capacity: string;
                            } & {
                                [key: string]: unknown;
                            };
                            hardshipSituation: number;
                            id: string;
                            matter: string;
                            open: boolean;
                            payments: {
                                amountFen: number;
                                breakdown?: unknown;
                                item: string;
                                /** @enum {string} */
                                kind: "emergency" | "regular";
                                paidAt: string;
                                paidBy?: string;
                                period: string;
                            }[];
                            priority: number;
                            publicationText: string | null;
                            receivedAt: string;
                            /** @enum {string} */
                            status: "township_review" | "county_review" | "publication" | "payable" | "paid" | "rejected" | "appeal" | "closed";
                            steps: {
                                /** @description what the caller may do on this step now */
                                actions: string[];
                                claimedBy: string | null;
                                completedAt: string | null;
                                /** @description shown to finance, auditors and the county approver: the county decision amount with its breakdown (001 §五3 审批决定), a recovery’s excess */
                                data?: {
                                    [key: string]: unknown;
                                } | null;
                                decidedBy: string | null;
                                decision: string | null;
                                /** @description when the caller may complete this step: the decisions that would be accepted (a case with a 001 §三(二) exclusion offers only reject) */
                                decisions?: ("approve" | "reject")[];
                                dueAt: string | null;
                                dueDate: string | null;
                                evidence: string[];
                                id: string;
                                openedAt: string;
                                overdue: boolean;
                                provisional: boolean;
                                reasons: string | null;
                                role: string;
                                status: string;
                                /** @enum {string} */
                                type: "township_verification" | "township_opinion" | "county_recheck" | "county_decision" | "appeal_decision" | "objection_recheck" | "recovery" | "roll_review" | "annual_review" | "visit" | "referral_outcome" | "outreach" | "travel_approval" | "travel_report" | "passport_return" | "contact" | "pay_suspension" | "medical_claim_check" | "medical_claim_approval" | "health_check" | "report_approval" | "emergency_paperwork" | "recuperation_plan";
                            }[];
                            township: string;
                            writtenReasons: string | null;
                        } | {
                            subject: {
                                id: string;
                                type: string;
                            };
                            task: {
                                /** @description the file the task belongs to: a case id (BF…), or another process's file for a standing duty or a retired cadre */
                                caseId: string;
                                claimedBy: string | null;
                                county: string;
                                /** @description what the official needs to see on the task: county_decision → amount {amountFen, monthly, breakdown, refs} computed from the facts and the regional parameters (001 §五3 审批决定), or amountProblem; recovery → emergencyPaidFen, decidedFen, excessFen */
                                data?: {
                                    [key: string]: unknown;
                                } | null;
                                dueAt: string | null;
                                dueDate: string | null;
                                id: string;
                                openedAt: string;
                                overdue: boolean;
                                priority: number;
                                provisional: boolean;
                                role: string;
                                status: string;
                                township: string;
                                /**
                                 * @description case steps: township_verification — township_reviewer (township), deadline township_review_working_days; township_opinion — township_approver (township), deadline township_review_working_days; county_recheck — county_rechecker (county), deadline county_decision_working_days; county_decision — county_approver (county), deadline county_decision_working_days; appeal_decision — appeal_reviewer (county), deadline appeal_decision_working_days; objection_recheck — county_rechecker (county), deadline county_decision_working_days; recovery — finance (county); roll_review — county_approver (county), deadline roll_review_working_days; annual_review — county_approver (county), deadline annual_review_working_days; visit — township_reviewer (township), deadline visit_working_days; referral_outcome — county_rechecker (county), deadline referral_outcome_working_days; outreach — township_reviewer (township), deadline outreach_working_days; travel_approval — retiree_approver (county), deadline retired_cadre_travel_approval_working_days; travel_report — retiree_officer (county); passport_return — retiree_officer (county); contact — retiree_officer (county); pay_suspension — institution_head (county); medical_claim_check — retiree_officer (county); medical_claim_approval — institution_head (county); health_check — retiree_officer (county); report_approval — retiree_approver (county); emergency_paperwork — retiree_officer (county); recuperation_plan — retiree_approver (county)
                                 * @enum {string}
                                 */
                                type: "township_verification" | "township_opinion" | "county_recheck" | "county_decision" | "appeal_decision" | "objection_recheck" | "recovery" | "roll_review" | "annual_review" | "visit" | "referral_outcome" | "outreach" | "travel_approval" | "travel_report" | "passport_return" | "contact" | "pay_suspension" | "medical_claim_check" | "medical_claim_approval" | "health_check" | "report_approval" | "emergency_paperwork" | "recuperation_plan";
                            };
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/visits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Visits due and done in your jurisdiction */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    offset?: number;
                    overdue?: "0" | "1" | "true" | "false";
                    reason?: "routine" | "special" | "emergency" | "autumn_term";
                    status?: "due" | "done" | "any";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                caseId: string;
                                cashFen: number | null;
                                claimedBy: string | null;
                                county: string;
                                dueAt: string | null;
                                dueDate: string;
                                findings: string | null;
                                followUp: string | null;
                                /** @description the case filed on this follow-up (openCase), if any */
                                followUpCaseId: string | null;
                                goods: string | null;
                                /** @description the visit task id */
                                id: string;
                                overdue: boolean;
                                place: string | null;
                                /** @description routine, special (elderly, ill, disabled, widowed, childless), emergency, autumn_term */
                                reason: string;
                                /** @enum {string} */
                                status: "due" | "done";
                                township: string;
                                visitedAt: string | null;
                                visitedBy: string | null;
                            }[];
                            total: number;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/visits/{id}/record": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a visit: where, findings, cash or goods given, follow-up (000 §5) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description cash given, in fen */
                        cashFen?: number;
                        findings: string;
                        /** @description what happens next (e.g. an application to file) */
                        followUp?: string;
                        /** @description goods given */
                        goods?: string;
                        /** @description file a case for the visited person now (000 §5 follow-up): filed by the station; the consent to the means check given here (consentEvidence) or recorded later */
                        openCase?: {
                            /** @description FACTS about the applicant, per matter (never policy: rates, standards and maxima are dated regional parameters, 001 §四; a policy or unknown field is a 400 naming benefit.<field>). living_supplement: {householdStatus} (recurring, 县级人民政府退役军人事务部门 (列"其他优抚支出"科目)); medical_aid: {householdStatus, remainingSelfPaidFen, treatmentDate} (one_off, 县级人民政府退役军人事务部门 with 医疗保障部门 ("一站式"结报 where available)); employment_subsidy: {premiumPaidFen, retirementDate} (recurring, 县级人民政府退役军人事务部门 with 人力社保部门 (社会保险补贴)); temporary_aid: {requestedFen} (one_off, 县级人民政府退役军人事务部门); retiree_medical: {selfPaidFen, treatmentDate} (one_off, 军休服务管理机构); housing_referral: {rural, disabledHardship, onlyHomeCertifiedDangerous, meetsPublicRentalConditions} (referral, 住房和城乡建设部门); education_referral: {childrenInEducation} (referral, 教育部门及有关学校); funeral_referral: {} (referral, 民政部门 (殡葬服务机构)) */
                            benefit?: {
                                [key: string]: unknown;
                            };
                            /** @description the signed consent form's reference, when signed at the visit (001 §五(一)); otherwise recorded later */
                            consentEvidence?: string;
                            /** @description emergency path (001 §五): paid first, review and approval follow */
                            emergency?: {
                                amountFen: number;
                                reason: string;
                            };
                            /** @description 001 §三(一) situations 1–5 */
                            hardshipSituation: number;
                            /** @enum {string} */
                            matter: "living_supplement" | "medical_aid" | "employment_subsidy" | "temporary_aid" | "retiree_medical" | "housing_referral" | "education_referral" | "funeral_referral";
                        };
                        /** @description where the visit took place (home, hospital, …) */
                        place: string;
                        /**
                         * Format: date-time
                         * @description when (default: now)
                         */
                        visitedAt?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            caseId: string;
                            cashFen: number | null;
                            claimedBy: string | null;
                            county: string;
                            dueAt: string | null;
                            dueDate: string;
                            findings: string | null;
                            followUp: string | null;
                            /** @description the case filed on this follow-up (openCase), if any */
                            followUpCaseId: string | null;
                            goods: string | null;
                            /** @description the visit task id */
                            id: string;
                            overdue: boolean;
                            place: string | null;
                            /** @description routine, special (elderly, ill, disabled, widowed, childless), emergency, autumn_term */
                            reason: string;
                            /** @enum {string} */
                            status: "due" | "done";
                            township: string;
                            visitedAt: string | null;
                            visitedBy: string | null;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description application/problem+json (RFC 9457) */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @description stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION) */
                            code: string;
                            detail?: string;
                            errors?: {
                                /** @description body, querystring, params or headers */
                                in?: string;
                                message: string;
                                /** @description the failing field, dotted (e.g. applicant.idNumber) */
                                path: string;
                            }[];
                            instance?: string;
                            /** @description the rule that refused the action (a paragraph of the documents or of SPEC) */
                            ref?: string;
                            status: number;
                            title: string;
                            type: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: never;
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
