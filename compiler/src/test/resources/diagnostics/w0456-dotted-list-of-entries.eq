% Murphy, Probabilistic Machine Learning (2022), Eq. 2.95: the softmax written out as a list of its C entries
\mathbf{a} \in \mathbb{R}^{C}
\mathcal{S}(\mathbf{a}) = \left[\frac{e^{a_1}}{\sum_{c'=1}^C e^{a_{c'}}}, \cdots, \frac{e^{a_C}}{\sum_{c'=1}^C e^{a_{c'}}}\right]
% ~WARNING W0456
