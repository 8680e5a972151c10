% Matthews correlation coefficient from the confusion counts (Matthews 1975; as printed in Chicco &
% Jurman 2020, Eq. 3)
TP, TN, FP, FN \in \mathbb{R}

MCC = \frac{TP \times TN - FP \times FN}{\sqrt{(TP + FP) \cdot (TP + FN) \cdot (TN + FP) \cdot (TN + FN)}}
