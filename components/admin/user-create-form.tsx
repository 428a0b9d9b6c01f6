// New account: login, name, role, unit (reporters only) and an initial password.
import { createUserAction } from "@/lib/actions/users/create-user-action.ts";
import { adminMessages } from "@/lib/messages/admin.ts";
import { ActionForm } from "./action-form.tsx";
import { PasswordField, RegionSelect, RoleSelect, UnitSelect } from "./form-field.tsx";
import { Field, inputClass } from "@/components/ui/field.tsx";

const m = adminMessages.users;

export function UserCreateForm({ units, counties }: { units: { id: number; name: string }[]; counties: { id: number; name: string }[] }) {
  return (
    <ActionForm action={createUserAction} submitLabel={m.create} pendingLabel={m.creating} testId="create-user-form">
      <div className="grid gap-4 sm:grid-cols-2">
        <Field dense id="new-login" label={m.fields.login} hint={m.loginHint}>
          <input
            id="new-login"
            name="login"
            required
            maxLength={40}
            autoComplete="off"
            autoCapitalize="none"
            spellCheck={false}
            aria-describedby="new-login-hint"
            className={`${inputClass} font-mono`}
          />
        </Field>
        <Field dense id="new-name" label={m.fields.displayName}>
          <input id="new-name" name="displayName" required maxLength={40} autoComplete="off" className={inputClass} />
        </Field>
        <Field dense id="new-role" label={m.fields.role}>
          <RoleSelect id="new-role" defaultValue="REPORTER" />
        </Field>
        <Field dense id="new-unit" label={m.fields.unit} hint={m.unitHint}>
          <UnitSelect id="new-unit" units={units} emptyLabel={adminMessages.none} describedBy="new-unit-hint" />
        </Field>
        {counties.length > 0 ? (
          <Field dense id="new-region" label={m.fields.region} hint={m.regionHint}>
            <RegionSelect id="new-region" regions={counties} describedBy="new-region-hint" />
          </Field>
        ) : null}
        <Field dense id="new-email" label={m.fields.email} hint={m.emailHint}>
          <input
            id="new-email"
            name="email"
            type="email"
            maxLength={254}
            autoComplete="off"
            aria-describedby="new-email-hint"
            className={inputClass}
          />
        </Field>
        <PasswordField id="new-password" label={m.fields.password} />
      </div>
    </ActionForm>
  );
}
