import type { DemoPerson } from './demo-people';

/** The local provider's pages: plain HTML, every value escaped, nothing loaded from elsewhere. */
function escape(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)}</title>
<style>
body { font-family: "Source Sans Pro", "Helvetica Neue", Arial, sans-serif; max-width: 40rem; margin: 2rem auto; padding: 0 1rem; color: #1b1b1b; line-height: 1.5; }
h1 { font-size: 1.6rem; } h2 { font-size: 1.2rem; margin-top: 2rem; }
button { font: inherit; padding: .6rem 1rem; margin: .25rem 0; border: 0; border-radius: .25rem; background: #005ea2; color: #fff; cursor: pointer; }
button.secondary { background: #fff; color: #005ea2; box-shadow: inset 0 0 0 2px #005ea2; }
ul.people { list-style: none; padding: 0; } ul.people li { margin: .5rem 0; } .who { color: #565c65; margin-left: .5rem; }
label { display: block; margin-top: .75rem; font-weight: 600; } input, select { font: inherit; padding: .4rem; width: 100%; box-sizing: border-box; }
fieldset { border: 1px solid #dfe1e2; margin-top: 1rem; } .note { background: #faf3d1; padding: .75rem 1rem; border-left: .5rem solid #ffbe2e; }
</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>`;
}

/** The sign-in page: a button per demo person ("Sign in as Rita Okafor"), and a form for anyone else. */
export function interactionPage(uid: string, people: readonly DemoPerson[], roles: readonly string[]): string {
  const action = `/interaction/${encodeURIComponent(uid)}`;
  const buttons = people
    .map(
      (person) =>
        `<li><button type="submit" name="person" value="${escape(person.sub)}">Sign in as ${escape(person.name)}</button>` +
        `<span class="who">${escape(person.roles.join(', '))} · ${escape(person.org)}</span></li>`,
    )
    .join('\n');
  const roleOptions = roles.map((role) => `<option value="${escape(role)}">${escape(role)}</option>`).join('');
  return page(
    'Sign in — Frontier Access (local)',
    `<h1>Sign in to Frontier Access</h1>
<p class="note">This is the local stack's identity provider. No passwords here: choose who you are. Production signs people in at the agency's own identity provider.</p>
<form method="post" action="${action}/login">
<h2>Demo people</h2>
<ul class="people">
${buttons}
</ul>
</form>
<form method="post" action="${action}/login">
<h2>Someone else</h2>
<label for="sub">User id (sub)</label><input id="sub" name="sub" required maxlength="100" autocomplete="off">
<label for="org">Organization</label><input id="org" name="org" required maxlength="100" autocomplete="off">
<label for="roles">Roles</label><select id="roles" name="roles" multiple required>${roleOptions}</select>
<label for="name">Name</label><input id="name" name="name" maxlength="200" autocomplete="off">
<label for="email">Email</label><input id="email" name="email" type="email" maxlength="200" autocomplete="off">
<fieldset><legend>Sign-in strength</legend>
<label><input type="radio" name="strength" value="basic" checked> Basic</label>
<label><input type="radio" name="strength" value="phishing-resistant"> Phishing-resistant MFA (simulated)</label>
</fieldset>
<p><button type="submit">Sign in</button></p>
</form>
<form method="post" action="${action}/abort"><button type="submit" class="secondary">Cancel</button></form>`,
  );
}

/** What went wrong, said plainly. */
export function problemPage(what: string, detail: string): string {
  return page('Sign-in problem', `<h1>The sign-in could not go on</h1><p><strong>${escape(what)}</strong>: ${escape(detail)}</p>`);
}

/**
 * Sign-out at the provider, after the console has ended its own session. `form` is the provider's own
 * hidden form (its action and CSRF value); the buttons submit it, "logout=yes" ending the provider's
 * session too. Either way the browser then returns to the console, which asks it to sign in again.
 */
export function signOutPage(form: string): string {
  return page(
    'Sign out — Frontier Access (local)',
    `<h1>You have signed out of Frontier Access</h1>
<p>Sign out of this identity provider as well, so the next person at this computer has to choose who they are?</p>
${form}
<p><button type="submit" form="op.logoutForm" name="logout" value="yes">Yes, sign out here too</button></p>
<p><button type="submit" form="op.logoutForm" class="secondary">No, only the console</button></p>`,
  );
}
