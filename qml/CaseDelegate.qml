import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// One row of the dashboard: case number, status, booth, complainant against respondent, right,
// what is due next and the countdown to the defence deadline (red under 2 h and when
// overdue, amber under 6 h). Tapping the booth opens the booth view.
ItemDelegate {
    id: row

    required property int index
    required property string caseNumber
    required property string status
    required property string booth
    required property string complainant
    required property string respondent
    required property string rightType
    required property string rightNumber
    required property double deadlineAt
    required property bool flagged
    required property double now
    signal boothTapped(string booth)

    height: 76
    background: Rectangle {
        color: row.pressed ? Theme.infoSoft : Theme.surface
        Rectangle { anchors.bottom: parent.bottom; width: parent.width; height: 1; color: Theme.line }
    }

    contentItem: RowLayout {
        spacing: Theme.gap
        ColumnLayout {
            spacing: 2
            // Fixed column widths, so that booths and names line up from row to row.
            Layout.preferredWidth: 220
            Layout.minimumWidth: 220
            Layout.maximumWidth: 220
            Label { textFormat: Text.PlainText; text: row.caseNumber; font.bold: true; color: Theme.text }
            Label {
                textFormat: Text.PlainText
                text: Labels.status(row.status) + (row.flagged ? " ⚠" : "")
                color: row.flagged ? Theme.danger : Theme.info
                font.pixelSize: Theme.smallSize
            }
        }
        Label {
            objectName: "rowBooth"
            textFormat: Text.PlainText
            text: row.booth
            font.bold: true
            font.pixelSize: 22
            font.underline: true  // tappable: opens the booth view
            color: Theme.primary
            Layout.preferredWidth: 110
            Layout.minimumWidth: 110
            Layout.maximumWidth: 110
            Layout.fillHeight: true
            verticalAlignment: Text.AlignVCenter
            TapHandler { onTapped: row.boothTapped(row.booth) }
        }
        ColumnLayout {
            spacing: 2
            Layout.fillWidth: true
            Label {
                textFormat: Text.PlainText
                // Who complains, against whom: both names are what officers and exhibitors say.
                text: row.respondent.length > 0 ? qsTr("%1 against %2").arg(row.complainant).arg(row.respondent)
                                                : row.complainant
                elide: Text.ElideRight
                color: Theme.text
                Layout.fillWidth: true
            }
            Label {
                textFormat: Text.PlainText
                text: Labels.rightType(row.rightType) + "  " + row.rightNumber
                elide: Text.ElideRight
                color: Theme.textMuted
                font.pixelSize: Theme.smallSize
                Layout.fillWidth: true
            }
        }
        ColumnLayout {
            spacing: 2
            Layout.preferredWidth: 260
            Layout.minimumWidth: 260
            Layout.maximumWidth: 260
            Label {
                textFormat: Text.PlainText
                text: Labels.nextStep(row.status)
                color: Theme.text
                font.pixelSize: Theme.smallSize
                elide: Text.ElideRight
                horizontalAlignment: Text.AlignRight
                Layout.fillWidth: true
            }
            Label {
                visible: text.length > 0
                textFormat: Text.PlainText
                text: Labels.countdown(row.deadlineAt, row.now)
                color: Labels.countdownColor(row.deadlineAt, row.now)
                font.bold: true
                horizontalAlignment: Text.AlignRight
                Layout.fillWidth: true
            }
        }
    }
}
