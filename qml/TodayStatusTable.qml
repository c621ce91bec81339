pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FairGuard.Models

// Cases by status: one row per status with a case, today's count and the fair's count; each
// count is a button that shows those cases on the dashboard.
Rectangle {
    id: table

    required property TodayModel model
    signal showCases(string status, bool today)

    color: Theme.surface
    border.color: Theme.line
    radius: Theme.radius

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.gap
        spacing: 4

        RowLayout {
            spacing: Theme.gap
            Layout.fillWidth: true
            Label {
                textFormat: Text.PlainText
                text: qsTr("Cases by status")
                font.bold: true
                font.pixelSize: 22
                Layout.fillWidth: true
            }
            Label { textFormat: Text.PlainText; text: qsTr("Today"); color: Theme.textMuted; horizontalAlignment: Text.AlignHCenter; Layout.preferredWidth: 96 }
            Label { textFormat: Text.PlainText; text: qsTr("All"); color: Theme.textMuted; horizontalAlignment: Text.AlignHCenter; Layout.preferredWidth: 96 }
        }

        ListView {
            id: rows
            clip: true
            model: table.model.statusCounts
            spacing: 4
            Layout.fillWidth: true
            Layout.fillHeight: true
            delegate: RowLayout {
                id: line
                required property var modelData
                width: ListView.view.width
                spacing: Theme.gap
                Label {
                    textFormat: Text.PlainText
                    text: Labels.status(line.modelData.status)
                    elide: Text.ElideRight
                    Layout.fillWidth: true
                }
                Button {
                    objectName: "today-" + line.modelData.status
                    text: line.modelData.today
                    enabled: line.modelData.today > 0
                    opacity: enabled ? 1 : 0.4
                    font.bold: true
                    implicitHeight: Theme.touch
                    Layout.preferredWidth: 96
                    onClicked: table.showCases(line.modelData.status, true)
                }
                Button {
                    objectName: "overall-" + line.modelData.status
                    text: line.modelData.overall
                    font.bold: true
                    implicitHeight: Theme.touch
                    Layout.preferredWidth: 96
                    onClicked: table.showCases(line.modelData.status, false)
                }
            }
            Label {
                textFormat: Text.PlainText
                anchors.centerIn: parent
                visible: rows.count === 0
                text: qsTr("No complaints yet.")
                color: Theme.textMuted
            }
        }
    }
}
