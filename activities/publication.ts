/**
 * The publication notice (公示, 001 §五(三)): what is posted in the applicant's village or community.
 * Personal data masked: the name partly, the ID number never in full (SPEC §2.5; PIPL).
 */
import { maskIdNumber, maskName } from '../rules/index.js';
import type { Applicant, Matter } from '../workflows/definitions.js';

const MATTER_ZH: Record<Matter, string> = {
  living_supplement: '生活补助',
  medical_aid: '医疗救助',
  employment_subsidy: '就业社保补贴',
  temporary_aid: '临时救助',
  retiree_medical: '军休干部医疗补助',
  housing_referral: '住房保障转介',
  education_referral: '教育资助转介',
  funeral_referral: '殡葬服务转介',
};

export function publicationActivities() {
  return {
    async composePublication(req: { caseId: string; applicant: Applicant; matter: Matter; county: string; township: string; until: string; workingDays: number }): Promise<string> {
      const who = maskName(req.applicant.name);
      const id = maskIdNumber(req.applicant.idNumber);
      const where = req.applicant.village ? `${req.applicant.village}` : `乡镇（街道）${req.township}`;
      return `公示：${where} ${who}（身份证号 ${id}）申请困难退役军人帮扶援助（${MATTER_ZH[req.matter]}），经审核审批拟予救助。公示期 ${req.workingDays} 个工作日，至 ${req.until} 止。如有异议，请向乡镇（街道）退役军人服务站反映。案件编号 ${req.caseId}。`;
    },
  };
}
