// Sign-in, sessions and permission messages.

export const authMessages = {
  signInRequired: "请先登录。",
  forbidden: "您没有权限执行此操作。",
  invalidCredentials: "用户名或密码不正确。",
  throttled: (minutes: number) => `登录失败次数过多，请 ${minutes} 分钟后再试。`,
  inactive: "该账号已停用，请联系管理员。",
  loginLabel: "用户名",
  passwordLabel: "密码",
  signIn: "登录",
  signingIn: "正在登录…",
  signOut: "退出登录",
  sessionsTitle: "登录设备",
  sessionsIntro:
    "如果在别人的电脑上登录过，或怀疑账号被他人使用，可以让所有设备（包括本机）上的登录立即失效。API 令牌不受影响，可在下方单独吊销。",
  signOutEverywhere: "退出所有设备",
  loginTitle: "登录督办平台",
  loginRequiredFields: "请输入用户名和密码。",
  roles: { ADMIN: "系统管理员", COORDINATOR: "局机关（督办）", REPORTER: "责任单位填报员", LEADER: "局领导" },
} as const;
