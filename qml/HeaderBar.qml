import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FairGuard.Models

// Fair, station, officer, sync state and the language switch; always visible when signed in.
ToolBar {
    id: bar

    required property StationBackend backend
    signal showToday()

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
                text: bar.backend.fairName
                color: Theme.primaryText
                font.bold: true
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
            Label {
                text: qsTr("Complaint station %1").arg(bar.backend.stationCode)
                color: Theme.primaryText
                font.pixelSize: Theme.smallSize
            }
        }
        Label {
            text: qsTr("Officer: %1").arg(bar.backend.session.officerName)
            color: Theme.primaryText
        }
        Rectangle {
            objectName: "syncChip"
            radius: height / 2
            color: bar.backend.syncState === "synced" ? "#d5f0dc" : bar.backend.syncState === "error" ? Theme.dangerSoft : Theme.amberSoft
            implicitWidth: syncLabel.implicitWidth + 24
            implicitHeight: 36
            Label {
                id: syncLabel
                anchors.centerIn: parent
                color: Theme.text
                font.pixelSize: Theme.smallSize
                text: bar.backend.unsyncedEvents > 0
                      ? qsTr("%1 · %n unsynced", "", bar.backend.unsyncedEvents).arg(Labels.syncState(bar.backend.syncState))
                      : Labels.syncState(bar.backend.syncState)
            }
        }
        ToolButton {
            objectName: "todayButton"
            text: qsTr("Today")
            onClicked: bar.showToday()
            implicitHeight: Theme.touch
            palette.windowText: Theme.primaryText
            palette.buttonText: Theme.primaryText
        }
        ToolButton {
            text: bar.backend.language.language === "zh_CN" ? "English" : "中文"
            onClicked: bar.backend.language.language = bar.backend.language.language === "zh_CN" ? "en" : "zh_CN"
            implicitHeight: Theme.touch
            palette.windowText: Theme.primaryText
            palette.buttonText: Theme.primaryText
        }
        ToolButton {
            text: bar.backend.sync.busy ? qsTr("Syncing…") : qsTr("Sync now")
            enabled: !bar.backend.sync.busy
            opacity: enabled ? 1 : 0.4
            onClicked: bar.backend.sync.syncNow()
            implicitHeight: Theme.touch
            palette.windowText: Theme.primaryText
            palette.buttonText: Theme.primaryText
        }
        ToolButton {
            text: qsTr("Lock")
            onClicked: bar.backend.session.lock()
            implicitHeight: Theme.touch
            palette.windowText: Theme.primaryText
            palette.buttonText: Theme.primaryText
        }
    }
}
