import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// After a submission: thanks, the number to tell the officer, and the way to the desk. Shows
// nothing of what was entered.
ColumnLayout {
    id: thanks

    required property int receipt
    signal done()

    spacing: Theme.gap * 2

    Item { Layout.fillHeight: true }
    Label {
        textFormat: Text.PlainText
        text: qsTr("Thank you. Your details have been passed to the officers.")
        font.pixelSize: 30
        font.bold: true
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignHCenter
        Layout.fillWidth: true
    }
    Label {
        textFormat: Text.PlainText
        objectName: "kioskReceipt"
        text: qsTr("Your number: K-%1").arg(thanks.receipt)
        font.pixelSize: 40
        font.bold: true
        color: Theme.primary
        Layout.alignment: Qt.AlignHCenter
    }
    Label {
        textFormat: Text.PlainText
        text: qsTr("Please wait near the desk with your documents (right certificate, identity, power of attorney). "
                   + "Nothing is recorded as a complaint until an officer has checked it with you.")
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignHCenter
        Layout.fillWidth: true
    }
    Button {
        objectName: "kioskNextPerson"
        text: qsTr("Done")
        highlighted: true
        implicitHeight: Theme.touch
        implicitWidth: 240
        Layout.alignment: Qt.AlignHCenter
        onClicked: thanks.done()
    }
    Item { Layout.fillHeight: true }
}
