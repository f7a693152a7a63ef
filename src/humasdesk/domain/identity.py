"""Who HumasDesk is to the operating system: one reverse-DNS application id, used by the desktop
entry, the AppStream metainfo, the icon names, the window (Wayland's app id, the taskbar) and
the agent's autostart entries (systemd user unit, XDG autostart, LaunchAgent, Task Scheduler).
The id follows AppStream's rule for projects hosted on GitHub (io.github.<owner>.<name>)."""

APP_NAME = "HumasDesk"
APP_ID = "io.github.humasdesk.HumasDesk"
AGENT_ID = f"{APP_ID}.Agent"  # the agent's autostart entries: unit, .desktop, plist, task
