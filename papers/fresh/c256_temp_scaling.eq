% On calibration of modern neural networks, Guo et al. (2017), Sec. 4.2: temperature scaling's
% confidence prediction; z_i the logits of sample i over K classes, sigma_SM the softmax (prose)
\mathbf{z} \in \mathbb{R}^{n \times K}, T \in \mathbb{R}

\hat{q}_i = \max_k \sigma_{SM}(\mathbf{z}_i / T)^{(k)}
