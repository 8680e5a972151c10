% Prince, Understanding Deep Learning, Eq. 5.24 (multiclass cross-entropy) as printed (from memory of the printing):
% softmax_{y_i}[.] the softmax output at the true class y_i; the K network outputs per example given as rows of f,
% the labels y declared here (the book gives them in prose)
\mathbf{f}[\mathbf{x}_i, \boldsymbol\phi] \in \mathbb{R}^{I \times K}, y \in \{1, \dots, K\}^{I}

L[\boldsymbol\phi] = -\sum_{i=1}^{I} \log\Bigl[\text{softmax}_{y_i}\bigl[\mathbf{f}[\mathbf{x}_i, \boldsymbol\phi]\bigr]\Bigr]
