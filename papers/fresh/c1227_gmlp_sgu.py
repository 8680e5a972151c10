from h import *
rng=np.random.default_rng(1227); n,dh=5,3; Z1,Z2=rng.normal(size=(n,dh)),rng.normal(size=(n,dh)); W=rng.normal(size=(n,n)); b=rng.normal(size=n)
run('c1227_gmlp_sgu', {'Z_1':Z1,'Z_2':Z2,'W':W,'b':b}, Z1*(W@Z2+b[:,None]), fn='s')
