// The admin forms' controls (role, region, unit, new password), labelled with the portal's Field in
// its dense size; every control has a visible label and, when given, a hint tied to it with aria-describedby.
import { Field, inputClass } from "@/components/ui/field.tsx";
import { authMessages } from "@/lib/messages/auth.ts";
import { ROLES, type Role } from "@/lib/auth/permissions.ts";
import { adminMessages } from "@/lib/messages/admin.ts";

export function RoleSelect({ id, defaultValue, allOption = false }: { id: string; defaultValue?: Role | ""; allOption?: boolean }) {
  return (
    <select id={id} name="role" defaultValue={defaultValue ?? ""} className={inputClass}>
      {allOption ? <option value="">{adminMessages.all}</option> : null}
      {ROLES.map((role) => (
        <option key={role} value={role}>
          {authMessages.roles[role]}
        </option>
      ))}
    </select>
  );
}

/** A county a coordinator or leader is confined to; empty: the whole city. */
export function RegionSelect({
  id,
  regions,
  defaultValue,
  describedBy,
}: {
  id: string;
  regions: { id: number; name: string }[];
  defaultValue?: number | null;
  describedBy?: string;
}) {
  return (
    <select id={id} name="regionId" defaultValue={defaultValue ?? ""} aria-describedby={describedBy} className={inputClass}>
      <option value="">{adminMessages.users.regionAll}</option>
      {regions.map((r) => (
        <option key={r.id} value={r.id}>
          {r.name}
        </option>
      ))}
    </select>
  );
}

export function UnitSelect({
  id,
  name = "unitId",
  units,
  defaultValue,
  emptyLabel,
  describedBy,
}: {
  id: string;
  name?: string;
  units: { id: number; name: string }[];
  defaultValue?: number | null;
  emptyLabel: string;
  describedBy?: string;
}) {
  return (
    <select id={id} name={name} defaultValue={defaultValue ?? ""} aria-describedby={describedBy} className={inputClass}>
      <option value="">{emptyLabel}</option>
      {units.map((unit) => (
        <option key={unit.id} value={unit.id}>
          {unit.name}
        </option>
      ))}
    </select>
  );
}

/** A new password (create, reset) with the policy as its hint. */
export function PasswordField({ id, label }: { id: string; label: string }) {
  return (
    <Field dense id={id} label={label} hint={adminMessages.users.passwordHint}>
      <input
        id={id}
        name="password"
        type="password"
        required
        minLength={10}
        maxLength={128}
        autoComplete="new-password"
        aria-describedby={`${id}-hint`}
        className={inputClass}
      />
    </Field>
  );
}
