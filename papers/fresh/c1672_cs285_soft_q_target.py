from h import *
rng=np.random.default_rng(1672); N,A=5,3; r=rng.normal(size=N); q=rng.normal(size=(N,A)); g=0.9
run('c1672_cs285_soft_q_target', {'r_j':r, r"Q_{\phi'}(\mathbf{s}'_j,\mathbf{a}'_j)":q, r'\gamma':g}, (T(r)+g*torch.logsumexp(T(q),1)).numpy(), fn='y')
