% V-Net, Milletari et al. (2016), Eq. 1: the dice coefficient between the N predicted voxel probabilities p
% and the binary ground truth g (prose)
p \in \mathbb{R}^{N}, g \in \{0,1\}^{N}

D = \frac{2 \sum_i^N p_i g_i}{\sum_i^N p_i^2 + \sum_i^N g_i^2}
