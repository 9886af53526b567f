/** How strong sign-ins are ranked (SIGN_IN_ACR_ORDER, weakest first) and what each role needs (SIGN_IN_MIN_ACR). */
export interface SignInStrengthPolicy {
  readonly acrOrder: readonly string[];
  readonly minAcrByRole: ReadonlyMap<string, string>;
}

/**
 * The first of the caller's roles whose minimum sign-in strength `acr` does not reach, with that minimum;
 * undefined when every role is satisfied. An acr the order does not list reaches no minimum.
 */
export function requiredAcr(roles: readonly string[], acr: string | undefined, policy: SignInStrengthPolicy): { role: string; acr: string } | undefined {
  const rank = acr === undefined ? -1 : policy.acrOrder.indexOf(acr);
  for (const role of roles) {
    const minimum = policy.minAcrByRole.get(role);
    if (minimum !== undefined && rank < policy.acrOrder.indexOf(minimum)) {
      return { role, acr: minimum };
    }
  }
  return undefined;
}
