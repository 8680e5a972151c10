from h import *
rng=np.random.default_rng(895); m=6; dx=rng.normal(size=m); dg=rng.normal(size=m); a,b,c=-1.0,1.0,0.0
vd=0.5*((T(dx)-b)**2).mean()+0.5*((T(dg)-a)**2).mean(); vg=0.5*((T(dg)-c)**2).mean()
run('c895_lsgan', {r'D(\boldsymbol{x})':dx,r'D(G(\boldsymbol{z}))':dg,'a':a,'b':b,'c':c}, {r'V_{\text{LSGAN}}(D)':vd.numpy(), r'V_{\text{LSGAN}}(G)':vg.numpy()},
    fn=[r'V_{\text{LSGAN}}(D)', r'V_{\text{LSGAN}}(G)'])
