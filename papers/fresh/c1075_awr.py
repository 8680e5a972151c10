from h import *
rng=np.random.default_rng(1075); B=6; lp=-rng.uniform(0.1,2,B); R=rng.normal(size=B); V=rng.normal(size=B); beta=0.5
out=(T(lp)*torch.exp((T(R)-T(V))/beta)).mean()
run('c1075_awr', {r'\log \pi(\mathbf{a}|\mathbf{s})':lp, r'\mathcal{R}^{\mathcal{D}}_{\mathbf{s},\mathbf{a}}':R, r'V^{\mathcal{D}}(\mathbf{s})':V, r'\beta':beta}, out.numpy())
