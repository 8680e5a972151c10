% On calibration of modern neural networks, Guo et al. (2017), Sec. 4.2 (matrix scaling), from memory of the
% printing: the calibrated confidence of sample i from its logits z_i; sigma_SM the softmax (prose)
\mathbf{z} \in \mathbb{R}^{n \times K}, \mathbf{W} \in \mathbb{R}^{K \times K}, \mathbf{b} \in \mathbb{R}^{K}

\hat{q}_i' = \max_k \sigma_{SM}(\mathbf{W}\mathbf{z}_i + \mathbf{b})^{(k)}
