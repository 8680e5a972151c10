% Aggarwal, Neural Networks and Deep Learning (2018), Sec. 1.2.1 (the perceptron's prediction and update, Eq. 1.1 and
% the update after Eq. 1.4), from memory of the printing: overlined vectors, {} around the sign's argument, the book's
% double arrow for an update; d and the learning rate alpha from the prose
\overline{W}, \overline{X} \in \mathbb{R}^{d}, y, \alpha \in \mathbb{R}

\hat{y} = \text{sign}\{\overline{W} \cdot \overline{X}\}
\overline{W} \Leftarrow \overline{W} + \alpha (y - \hat{y}) \overline{X}
