from h import *
rng=np.random.default_rng(1389); V,d=5,3; w=rng.normal(size=(V,d))*0.5; wt=rng.normal(size=(V,d))*0.5
b=rng.normal(size=V)*0.1; bt=rng.normal(size=V)*0.1; C=rng.integers(1,20,size=(V,V)).astype(float); al=0.75; cm=10.0
f=np.where(C<cm,(C/cm)**al,1.0)
exp=(f*((w@wt.T)+b[:,None]+bt[None,:]-np.log(C))**2).sum()
run('c1389_weng_glove', {'w':w, r'\tilde{w}':wt, 'b':b, r'\tilde{b}':bt, 'C':C, r'\alpha':al, r'c_{\max}':cm}, np.array(exp), fn=r'\mathcal{L}_\theta')
