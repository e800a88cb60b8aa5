/**
 * `GET /v1/reports/disclosure?county=&from=&to=` (issue 13; 001 §六(四) 公开救助标准、条件、程序和资金使用情况):
 * the criteria and standards in force (parameters with their references), the procedure, and the use
 * of funds (counts and totals by matter and month) for a county and period — no personal data. JSON by
 * default; `Accept: text/csv` gives CSV, `Accept: text/html` a printable page.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { createPolicyStore } from '../../store/policy.js';
import { DISCLOSED_KEYS, buildDisclosure, disclosureCsv, disclosureHtml, procedureOf } from '../../rules/duties/disclosure.js';
import { lookupParameter, DEFAULT_PARAMETERS, type ResolvedParameter } from '../../rules/index.js';
import { fundsByMatterAndMonth, visitsByMonth } from '../../store/disclosure.js';
import { Problem } from '../errors.js';
import { CountyCode, IsoDate, problems } from '../schemas.js';

const disclosure: FastifyPluginAsyncZod = async (app) => {
  const deps = app.deps;
  const policies = createPolicyStore(deps.db);

  app.get(
    '/reports/disclosure',
    {
      config: { action: 'read_disclosure' },
      schema: {
        summary: 'Public disclosure: standards, conditions, procedure and use of funds (001 §六(四))',
        description: 'JSON; Accept: text/csv for CSV, Accept: text/html for a printable page. Aggregates only, no personal data.',
        tags: ['duties'],
        querystring: z.object({ county: CountyCode, from: IsoDate, to: IsoDate }),
        response: { ...problems(400, 401) },
      },
    },
    async (req, reply) => {
      const { county, from, to } = req.query;
      if (from > to) throw new Problem(400, 'VALIDATION', 'The request is not valid', 'from: must not be after to', { errors: [{ path: 'from', in: 'querystring', message: 'must not be after to' }] });
      const policy = await policies.get();
      const param = (key: string): ResolvedParameter => lookupParameter(policy.parameters.length ? policy.parameters : DEFAULT_PARAMETERS, county, key, to);
      const parameters = DISCLOSED_KEYS.flatMap((k) => {
        try {
          return [param(k)];
        } catch {
          return []; // not in force on `to`
        }
      });
      const [funds, visits] = await Promise.all([fundsByMatterAndMonth(deps.db, county, from, to), visitsByMonth(deps.db, county, from, to)]);
      const report = buildDisclosure({ county, from, to, parameters, procedure: procedureOf(param), funds, visits });
      const accept = String(req.headers.accept ?? '');
      if (/text\/csv/.test(accept)) {
        return reply.type('text/csv; charset=utf-8').header('content-disposition', `attachment; filename="disclosure-${county}-${from}-${to}.csv"`).send(disclosureCsv(report) as never);
      }
      if (/text\/html/.test(accept)) return reply.type('text/html; charset=utf-8').send(disclosureHtml(report) as never);
      return reply.type('application/json; charset=utf-8').send(JSON.stringify(report) as never);
    },
  );
};

export default disclosure;
