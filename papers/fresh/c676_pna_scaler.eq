% Principal Neighbourhood Aggregation (PNA), Corso et al. (2020), Eq. 5: the logarithmic degree scaler
% with delta the mean log-degree of the training graph (d the degrees of its n nodes, declarations added)
d \in \mathbb{R}^{n}, \alpha \in \mathbb{R}

\delta = \frac{1}{n}\sum_{i=1}^{n} \log(d_i + 1)
S(d, \alpha) = \left(\frac{\log(d + 1)}{\delta}\right)^{\alpha}
