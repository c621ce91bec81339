pragma Singleton
import QtQuick

// Words for the machine keys the C++ side uses (status, right type, ...), in the glossary's
// terms (DOMAIN.md), so that both languages say the same thing everywhere.
QtObject {
    function status(key) {
        switch (key) {
        case "received": return qsTr("Received")
        case "accepted": return qsTr("Accepted")
        case "rejected": return qsTr("Rejected")
        case "notice_served": return qsTr("Notice served")
        case "defence_received": return qsTr("Defence received")
        case "decided": return qsTr("Decided")
        case "withdrawn": return qsTr("Complaint withdrawn")
        case "transferred": return qsTr("Transferred as formal case")
        case "closed": return qsTr("Closed")
        }
        return key
    }
    function rightType(key) {
        switch (key) {
        case "invention": return qsTr("Invention patent")
        case "utility_model": return qsTr("Utility model")
        case "design": return qsTr("Design patent")
        case "trademark": return qsTr("Trademark")
        case "copyright": return qsTr("Copyright")
        case "geographical_indication": return qsTr("Geographical indication")
        }
        return key
    }
    function syncState(key) {
        switch (key) {
        case "never": return qsTr("Never synced")
        case "offline": return qsTr("Offline")
        case "syncing": return qsTr("Syncing…")
        case "synced": return qsTr("Synced")
        case "error": return qsTr("Sync failed")
        }
        return key
    }
    // "1 h 05 min left" or "Overdue 2 h 10 min"; empty without a deadline.
    function countdown(deadline, now) {
        if (deadline <= 0)
            return ""
        const left = deadline - now
        const minutes = Math.floor(Math.abs(left) / 60000)
        const span = qsTr("%1 h %2 min").arg(Math.floor(minutes / 60)).arg(String(minutes % 60).padStart(2, "0"))
        return left >= 0 ? qsTr("%1 left").arg(span) : qsTr("Overdue %1").arg(span)
    }
    // Colour of the countdown: red overdue, amber under 2 h, normal otherwise.
    function countdownColor(deadline, now) {
        if (deadline <= 0)
            return Theme.textMuted
        const left = deadline - now
        return left < 0 ? Theme.danger : left < 2 * 3600 * 1000 ? Theme.amber : Theme.ok
    }
}
