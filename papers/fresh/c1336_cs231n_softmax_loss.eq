% CS231n notes (Linear classification), the softmax classifier's loss of one example as printed; f the class
% scores of the example, y_i its label (counted from 0 as in the notes' code)
f \in \mathbb{R}^{C}, y_i \in \{0, \dots, C-1\}

L_i = -\log\left(\frac{e^{f_{y_i}}}{ \sum_j e^{f_j} }\right)
