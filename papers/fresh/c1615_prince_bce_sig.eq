% Prince, Understanding Deep Learning, Eq. 5.20 (binary cross-entropy) as printed (from memory of the printing):
% sig[.] the logistic sigmoid (Eq. 5.18, defined in the text), the network outputs f[x_i, phi] given per example
\mathbf{y}, \mathbf{f}[\mathbf{x}_i, \boldsymbol\phi] \in \mathbb{R}^{I}

\text{sig}[z] = \frac{1}{1 + \exp[-z]}
L[\boldsymbol\phi] = \sum_{i=1}^{I} -(1 - y_i)\log\Bigl[1 - \text{sig}\bigl[\mathbf{f}[\mathbf{x}_i, \boldsymbol\phi]\bigr]\Bigr] - y_i \log\Bigl[\text{sig}\bigl[\mathbf{f}[\mathbf{x}_i, \boldsymbol\phi]\bigr]\Bigr]
