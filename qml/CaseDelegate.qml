import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// One row of the dashboard: case number, status, booth, complainant, right, and the countdown
// to the defence deadline (amber under 2 h, red when overdue).
ItemDelegate {
    id: row

    required property int index
    required property string caseNumber
    required property string status
    required property string booth
    required property string complainant
    required property string rightType
    required property string rightNumber
    required property double deadlineAt
    required property bool flagged
    required property double now

    height: 76
    background: Rectangle {
        color: row.pressed ? Theme.infoSoft : Theme.surface
        Rectangle { anchors.bottom: parent.bottom; width: parent.width; height: 1; color: Theme.line }
    }

    contentItem: RowLayout {
        spacing: Theme.gap
        ColumnLayout {
            spacing: 2
            Layout.preferredWidth: 220
            Label { textFormat: Text.PlainText; text: row.caseNumber; font.bold: true; color: Theme.text }
            Label {
                textFormat: Text.PlainText
                text: Labels.status(row.status) + (row.flagged ? " ⚠" : "")
                color: row.flagged ? Theme.danger : Theme.info
                font.pixelSize: Theme.smallSize
            }
        }
        Label {
            textFormat: Text.PlainText
            text: row.booth
            font.bold: true
            font.pixelSize: 22
            color: Theme.text
            Layout.preferredWidth: 110
        }
        ColumnLayout {
            spacing: 2
            Layout.fillWidth: true
            Label { textFormat: Text.PlainText; text: row.complainant; elide: Text.ElideRight; color: Theme.text; Layout.fillWidth: true }
            Label {
                textFormat: Text.PlainText
                text: Labels.rightType(row.rightType) + "  " + row.rightNumber
                elide: Text.ElideRight
                color: Theme.textMuted
                font.pixelSize: Theme.smallSize
                Layout.fillWidth: true
            }
        }
        Label {
            textFormat: Text.PlainText
            text: Labels.countdown(row.deadlineAt, row.now)
            color: Labels.countdownColor(row.deadlineAt, row.now)
            font.bold: true
            horizontalAlignment: Text.AlignRight
            Layout.preferredWidth: 230
        }
    }
}
