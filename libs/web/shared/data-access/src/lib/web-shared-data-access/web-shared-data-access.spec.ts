import { ComponentFixture, TestBed } from '@angular/core/testing';
import { WebSharedDataAccess } from './web-shared-data-access';

describe('WebSharedDataAccess', () => {
  let component: WebSharedDataAccess;
  let fixture: ComponentFixture<WebSharedDataAccess>;

  beforeEach(async () => {
    await TestBed.configureTestingModule({
      imports: [WebSharedDataAccess],
    }).compileComponents();

    fixture = TestBed.createComponent(WebSharedDataAccess);
    component = fixture.componentInstance;
    await fixture.whenStable();
  });

  it('should create', () => {
    expect(component).toBeTruthy();
  });
});
