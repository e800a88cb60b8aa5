/** Asia/Shanghai is UTC+8 all year (no daylight saving): every local date and month in Bangfu uses it. */
export const SHANGHAI_OFFSET_MS = 8 * 3_600_000;
