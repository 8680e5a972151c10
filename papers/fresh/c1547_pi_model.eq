% Pi-model, Laine & Aila (2017), Algorithm 1, the loss line as printed (from memory of the printing): z_i and
% \tilde{z}_i the two stochastic network outputs (C class probabilities) for every input of the minibatch B, y_i the
% labels of the labelled inputs B \cap L, w(t) the unsupervised weight; here every input is labelled (L = B) (ours)
z, \tilde{z} \in \mathbb{R}^{|B| \times C}, y \in \{1, \ldots, C\}^{|B|}, w(t) \in \mathbb{R}

loss = -\frac{1}{|B|} \sum_{i \in B} \log z_i[y_i] + w(t) \frac{1}{C|B|} \sum_{i \in B} \| z_i - \tilde{z}_i \|^2
