from h import *
rng=np.random.default_rng(1916); m=6; D=rng.uniform(size=m); D/=D.sum(); y=rng.choice([-1.,1.],size=m); h=rng.choice([-1.,1.],size=m); a=0.4; Z=0.9
run('c1916_mohri_adaboost_dist', {'D_t':D, 'y':y, 'h_t(x_i)':h, r'\alpha_t':a, 'Z_t':Z}, D*np.exp(-a*y*h)/Z, fn='D_{t+1}')
