% Murphy, Probabilistic Machine Learning: An Introduction (2022), Eq. 2.95 (the softmax function) as printed:
% the C entries written out as a list; a the C logits (prose)
\mathbf{a} \in \mathbb{R}^{C}

\mathcal{S}(\mathbf{a}) \triangleq \left[\frac{e^{a_1}}{\sum_{c'=1}^C e^{a_{c'}}}, \cdots, \frac{e^{a_C}}{\sum_{c'=1}^C e^{a_{c'}}}\right]
