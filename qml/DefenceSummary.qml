pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FairGuard.Models

// The respondent's defences beside the decision form, so the decision is taken reading them.
Rectangle {
    id: panel

    required property StationBackend backend
    property var details: ({})
    readonly property var defences: details.defences || []

    color: Theme.background
    radius: Theme.radius
    border.color: Theme.line

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 12
        spacing: 8

        Label { textFormat: Text.PlainText; text: qsTr("The defence"); font.bold: true }
        Label {
            textFormat: Text.PlainText
            visible: panel.defences.length === 0
            text: (panel.details.deadline || 0) > 0
                  ? qsTr("No defence recorded. The defence period ends %1; without one the officers still decide.")
                        .arg(panel.backend.formatDateTime(panel.details.deadline))
                  : qsTr("No notice was served, so no defence was asked for.")
            color: Theme.textMuted
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        ListView {
            clip: true
            spacing: 10
            model: panel.defences
            Layout.fillWidth: true
            Layout.fillHeight: true
            delegate: ColumnLayout {
                id: defence
                required property var modelData
                width: ListView.view.width
                spacing: 2
                Label {
                    textFormat: Text.PlainText
                    text: qsTr("Received %1").arg(panel.backend.formatDateTime(defence.modelData.receivedAt))
                          + (defence.modelData.late ? "  " + qsTr("(late)") : "")
                    color: defence.modelData.late ? Theme.amber : Theme.textMuted
                    font.pixelSize: Theme.smallSize
                }
                Label {
                    textFormat: Text.PlainText
                    text: defence.modelData.summary
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
            }
            ScrollBar.vertical: ScrollBar { }
        }
    }
}
