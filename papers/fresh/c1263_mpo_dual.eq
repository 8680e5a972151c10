% MPO, Abdolmaleki et al. (2018), Eq. 9 (nonparametric E-step): the dual of the temperature eta over K states
% with N sampled actions each; Q(s_j, a_i) given, one row per state (prose)
Q(s_j, a_i) \in \mathbb{R}^{K \times N}, \eta, \epsilon \in \mathbb{R}

g(\eta) = \eta\epsilon + \eta \sum_j^K \frac{1}{K} \log\left(\sum_i^N \frac{1}{N} \exp\left(\frac{Q(s_j, a_i)}{\eta}\right)\right)
