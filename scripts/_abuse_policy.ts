import { resolvePolicy, type PolicyInput } from '../rules/policy';
import brightwater from '../tests/fixtures/brightwater-policy.json';
export const BRIGHTWATER_POLICY = resolvePolicy(brightwater as PolicyInput);
