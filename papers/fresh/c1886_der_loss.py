from h import *
rng=np.random.default_rng(1886); B,M,C=4,3,5; l=rng.uniform(size=B); z=rng.normal(size=(M,C)); hh=rng.normal(size=(M,C))
out=l.mean()+0.3*((z-hh)**2).sum(1).mean()
run('c1886_der_loss', {r'\ell(y, f_\theta(x))':l, "z'":z, r"h_\theta(x')":hh}, np.array(out), fn=r'\mathcal{L}')
