% CosFace, Wang et al. (2018), Eq. 4 as printed: N samples, C classes; cos(theta_{j,i}) the cosine between
% the weight of class j and the feature of sample i (prose), y_i the label of sample i, scale s, margin m
\theta \in \mathbb{R}^{C \times N}, y \in \{1, \dots, C\}^{N}, s, m \in \mathbb{R}

L_{lmc} = \frac{1}{N} \sum_i -\log \frac{e^{s(\cos(\theta_{y_i,i}) - m)}}{e^{s(\cos(\theta_{y_i,i}) - m)} + \sum_{j \neq y_i} e^{s \cos(\theta_{j,i})}}
