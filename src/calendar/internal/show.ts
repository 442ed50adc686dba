// Private helpers for messages of pmo-kit/calendar and pmo-kit/schedule (shared with every module).
export { show, q } from '../../internal/show.js';
