from h import *
rng=np.random.default_rng(255); k=6; p=rng.random(k); p/=p.sum(); g=rng.gumbel(size=k)
run('c255_gumbel_max', {r'\pi':p,'g':g}, np.eye(k)[int(np.argmax(g+np.log(p)))])
