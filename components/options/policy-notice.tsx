// The managed-policy problem banner, shared by the options page and the popup:
// which field of IT's policy is wrong, and which policy is in force instead.
import type { PolicyState } from '../../utils/policy-store';

export function PolicyProblems({ state }: { state: Pick<PolicyState, 'errors' | 'usingLastGoodManaged'> }) {
  if (!state.errors.length) return null;
  return (
    <div class="problems" role="alert" data-testid="policy-errors">
      {state.errors.map((error) => (
        <div key={error.source} class="problem" data-source={error.source}>
          <strong>
            {error.source === 'managed'
              ? "Your organisation's policy has a problem and was not applied."
              : 'Your saved settings have a problem and were not applied.'}
          </strong>
          <ul>
            {error.issues.map((issue) => (
              <li key={issue}>{issue}</li>
            ))}
          </ul>
          {error.source === 'managed' && (
            <p>
              {state.usingLastGoodManaged
                ? 'The last good policy your organisation set stays in force. Ask your IT team to correct the policy.'
                : 'Your settings and the built-in defaults apply until your IT team corrects the policy.'}
            </p>
          )}
        </div>
      ))}
    </div>
  );
}
