from h import *
rng=np.random.default_rng(347); D=6; z,e=rng.normal(size=D),rng.normal(size=D); b=0.25
run('c347_vq_commit', {'z_e':z,'e':e,r'\beta':b}, np.array((1+b)*((z-e)**2).sum()), fn='L')
