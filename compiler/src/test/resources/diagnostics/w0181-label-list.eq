% HyperLSTM: one line defines two names by a label list.
h \in \mathbb{R}^{2}, W^{a}, W^{b} \in \mathbb{R}^{2 \times 2}
\{a, b\} = W^{a,b} h + 1
% ~WARNING W0181
