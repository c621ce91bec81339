pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FairGuard.Models

// The officer's view of the self-service submissions: take one over (the intake wizard opens
// pre-filled; the officer checks and records every step), remove one, or hand the tablet back
// to the exhibitors (kiosk mode).
Page {
    id: page

    required property StationBackend backend
    readonly property KioskDesk desk: backend.kioskDesk
    signal back()
    signal takenOver()

    background: Rectangle { color: Theme.background }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.gap
        spacing: Theme.gap

        RowLayout {
            spacing: Theme.gap
            Layout.fillWidth: true
            Button {
                text: qsTr("‹ Cases")
                implicitHeight: Theme.touch
                onClicked: page.back()
            }
            Label {
                textFormat: Text.PlainText
                text: qsTr("Self-service submissions")
                font.pixelSize: Theme.titleSize
                font.bold: true
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
            Button {
                objectName: "startKiosk"
                text: qsTr("Hand to exhibitors (kiosk mode)")
                highlighted: true
                implicitHeight: Theme.touch
                onClicked: page.desk.enter()
            }
        }
        Label {
            textFormat: Text.PlainText
            text: qsTr("Held in this tablet's memory only (lost if the app closes); none is a case until you record it. Check every field with the complainant and their documents.")
            color: Theme.textMuted
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Label {
            textFormat: Text.PlainText
            visible: page.desk.error.length > 0
            text: page.desk.error
            color: Theme.danger
            font.bold: true
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }

        ListView {
            id: list
            clip: true
            model: page.desk.queue
            spacing: 4
            Layout.fillWidth: true
            Layout.fillHeight: true
            ScrollBar.vertical: ScrollBar { }
            delegate: KioskSubmissionDelegate {
                width: ListView.view.width
                backend: page.backend
                onTakeOver: (id) => { if (page.desk.takeOver(id)) page.takenOver() }
                onDiscard: (id) => page.desk.discard(id)
            }
            Label {
                textFormat: Text.PlainText
                anchors.centerIn: parent
                visible: list.count === 0
                text: qsTr("No self-service submission is waiting.")
                color: Theme.textMuted
            }
        }
    }
}
