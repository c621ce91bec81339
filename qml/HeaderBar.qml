import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FairGuard.Models

// Fair, station, officer, sync state and the language switch; always visible when signed in.
ToolBar {
    id: bar

    required property StationBackend backend
    signal showToday()
    // The sync details popup (the chip opens it; the page tour sets it).
    property alias syncDetailsOpen: syncDetails.visible

    height: 64
    background: Rectangle { color: Theme.primary }

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.gap
        anchors.rightMargin: Theme.gap / 2
        spacing: Theme.gap

        ColumnLayout {
            spacing: 0
            Layout.fillWidth: true
            Label {
                textFormat: Text.PlainText
                text: bar.backend.fairName
                color: Theme.primaryText
                font.bold: true
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
            Label {
                textFormat: Text.PlainText
                text: qsTr("Complaint station %1").arg(bar.backend.stationCode)
                color: Theme.primaryText
                font.pixelSize: Theme.smallSize
            }
        }
        Label {
            textFormat: Text.PlainText
            text: qsTr("Officer: %1").arg(bar.backend.session.officerName)
            color: Theme.primaryText
        }
        // The sync state; a bar fills while evidence uploads; tap for the details.
        Rectangle {
            objectName: "syncChip"
            readonly property bool alert: bar.backend.sync.logAlert !== ""
            readonly property bool uploading: bar.backend.sync.busy && bar.backend.sync.uploadTotal > 0
            // The tablet's clock is off the bureau's: the details say by how much and what to do.
            readonly property bool clockOff: bar.backend.clockWarning !== ""
            radius: height / 2
            clip: true
            color: alert || bar.backend.syncState === "error" ? Theme.dangerSoft
                 : bar.backend.syncState === "synced" && !clockOff ? "#d5f0dc" : Theme.amberSoft
            implicitWidth: syncLabel.implicitWidth + 24
            implicitHeight: 48
            Rectangle {
                visible: parent.uploading
                anchors { left: parent.left; bottom: parent.bottom }
                height: 4
                width: parent.width * bar.backend.sync.uploadDone / Math.max(1, bar.backend.sync.uploadTotal)
                color: Theme.primary
            }
            Label {
                id: syncLabel
                textFormat: Text.PlainText
                anchors.centerIn: parent
                color: parent.alert ? Theme.danger : Theme.text
                font.bold: parent.alert
                font.pixelSize: Theme.smallSize
                text: parent.alert ? qsTr("Bureau log alert")
                      : parent.uploading ? qsTr("Uploading %1%").arg(Math.floor(100 * bar.backend.sync.uploadDone / bar.backend.sync.uploadTotal))
                      : (bar.backend.unsyncedEvents > 0
                         ? qsTr("%1 · %n unsynced", "", bar.backend.unsyncedEvents).arg(Labels.syncState(bar.backend.syncState))
                         : Labels.syncState(bar.backend.syncState))
                        + (parent.clockOff ? " · " + qsTr("clock off") : "")
            }
            TapHandler { onTapped: syncDetails.open() }
        }
        SyncDetailsPopup {
            id: syncDetails
            objectName: "syncDetails"
            backend: bar.backend
            parent: Overlay.overlay
            x: (parent.width - width) / 2
            y: 80
        }
        HeaderButton {
            objectName: "todayButton"
            text: qsTr("Today")
            onClicked: bar.showToday()
        }
        HeaderButton {
            text: bar.backend.language.language === "zh_CN" ? "English" : "中文"
            onClicked: bar.backend.language.language = bar.backend.language.language === "zh_CN" ? "en" : "zh_CN"
        }
        HeaderButton {
            // While a sync runs the button says so and does nothing (no faded text to squint at).
            text: bar.backend.sync.busy ? qsTr("Syncing…") : qsTr("Sync now")
            enabled: !bar.backend.sync.busy
            onClicked: bar.backend.sync.syncNow()
        }
        HeaderButton {
            text: qsTr("Lock")
            onClicked: bar.backend.session.lock()
        }
    }
}
