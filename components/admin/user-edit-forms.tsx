// The forms of one account's admin page: name/role/unit, new password, active or not. Each carries
// the `updatedAt` it was rendered with, so a change made meanwhile by another admin is not overwritten.
import { Card } from "@/components/ui/card.tsx";
import { resetPasswordAction } from "@/lib/actions/users/reset-password-action.ts";
import { setUserActiveAction } from "@/lib/actions/users/set-user-active-action.ts";
import { updateUserAction } from "@/lib/actions/users/update-user-action.ts";
import type { UserDetail } from "@/lib/data/users/get-user-by-id.ts";
import { adminMessages } from "@/lib/messages/admin.ts";
import { ActionForm } from "./action-form.tsx";
import { PasswordField, RegionSelect, RoleSelect, UnitSelect } from "./form-field.tsx";
import { Field, inputClass } from "@/components/ui/field.tsx";

const m = adminMessages.users;

function Ids({ user, version = true }: { user: UserDetail; version?: boolean }) {
  return (
    <>
      <input type="hidden" name="userId" value={user.id} />
      {version ? <input type="hidden" name="updatedAt" value={user.updatedAt.toISOString()} /> : null}
    </>
  );
}

export function UserEditForms({
  user,
  units,
  counties,
  isSelf,
}: {
  user: UserDetail;
  units: { id: number; name: string }[];
  counties: { id: number; name: string }[];
  isSelf: boolean;
}) {
  return (
    <div className="grid gap-5 lg:grid-cols-2">
      <Card aria-labelledby="edit-title">
        <h2 id="edit-title" className="mb-4 text-lg font-semibold">
          {m.editTitle}
        </h2>
        <ActionForm action={updateUserAction} submitLabel={m.save} pendingLabel={m.saving} testId="edit-user-form">
          <Ids user={user} />
          <Field dense id="edit-name" label={m.fields.displayName}>
            <input id="edit-name" name="displayName" required maxLength={40} defaultValue={user.displayName} className={inputClass} />
          </Field>
          <Field dense id="edit-role" label={m.fields.role}>
            <RoleSelect id="edit-role" defaultValue={user.role} />
          </Field>
          <Field dense id="edit-unit" label={m.fields.unit} hint={m.unitHint}>
            <UnitSelect
              id="edit-unit"
              units={units}
              defaultValue={user.unit?.id}
              emptyLabel={adminMessages.none}
              describedBy="edit-unit-hint"
            />
          </Field>
          {counties.length > 0 || user.regionId !== null ? (
            <Field dense id="edit-region" label={m.fields.region} hint={m.regionHint}>
              <RegionSelect id="edit-region" regions={counties} defaultValue={user.regionId} describedBy="edit-region-hint" />
            </Field>
          ) : null}
          <Field dense id="edit-email" label={m.fields.email} hint={m.emailHint}>
            <input
              id="edit-email"
              name="email"
              type="email"
              maxLength={254}
              defaultValue={user.email ?? ""}
              autoComplete="off"
              aria-describedby="edit-email-hint"
              className={inputClass}
            />
          </Field>
        </ActionForm>
      </Card>
      <div className="space-y-5">
        <Card aria-labelledby="reset-title">
          <h2 id="reset-title" className="mb-4 text-lg font-semibold">
            {m.resetTitle}
          </h2>
          <ActionForm
            action={resetPasswordAction}
            submitLabel={m.reset}
            pendingLabel={m.resetting}
            resetOnSuccess
            testId="reset-password-form"
          >
            <Ids user={user} version={false} />
            {/* For password managers: the account the new password belongs to. */}
            <input type="text" name="username" value={user.login} autoComplete="username" readOnly hidden />
            <PasswordField id="reset-password" label={m.fields.newPassword} />
            <label className="flex items-center gap-2 text-sm text-slate-700">
              <input type="checkbox" name="keepTokens" data-testid="keep-tokens" />
              {m.keepTokens}
            </label>
          </ActionForm>
        </Card>
        <Card aria-labelledby="status-title">
          <h2 id="status-title" className="mb-2 text-lg font-semibold">
            {m.statusTitle}
          </h2>
          <p className="mb-4 text-sm text-slate-700" data-testid="user-status">
            {user.active ? m.statusActive : m.statusInactive}
          </p>
          {isSelf && user.active ? (
            <p className="text-sm text-slate-600">{m.cannotDeactivateSelf}</p>
          ) : (
            <ActionForm
              action={setUserActiveAction}
              submitLabel={user.active ? m.deactivate : m.reactivate}
              pendingLabel={m.saving}
              tone={user.active ? "danger" : "primary"}
              testId="user-status-form"
            >
              <Ids user={user} />
              <input type="hidden" name="active" value={user.active ? "false" : "true"} />
            </ActionForm>
          )}
        </Card>
      </div>
    </div>
  );
}
